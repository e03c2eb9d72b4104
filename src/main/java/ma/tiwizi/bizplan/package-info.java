/**
 * Bankable business plans: a cooperative's economic model, its projections and indicators, and a verdict a funder can
 * trust.
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {"platform", "registry"})
package ma.tiwizi.bizplan;
