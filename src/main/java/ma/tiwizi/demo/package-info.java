/**
 * Data that is not the programme's own: the demo for a first run (fictional cooperatives across the Taroudant
 * communes, twelve shops, one account per role) and the synthetic national dataset for benchmarks ({@link
 * ma.tiwizi.demo.NationalDataset}).
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {"accounts", "administration :: register", "bizplan", "bizplan :: engine", "market", "platform", "registry",
            "territory"})
package ma.tiwizi.demo;
