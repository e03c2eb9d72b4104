/**
 * The cooperative registry: identity, legal data, sector, commune, leadership (women, youth) and status of each
 * cooperative, with search, spreadsheet import and export.
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {"platform", "territory"})
package ma.tiwizi.registry;
