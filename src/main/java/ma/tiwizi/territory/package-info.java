/**
 * Reference data of Morocco's territorial organisation: regions, provinces, cercles, caidats and communes.
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {"platform"})
package ma.tiwizi.territory;
