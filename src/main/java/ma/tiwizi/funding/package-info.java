/**
 * Public support: calls for projects with their eligibility and funding rules and document checklists, guided
 * applications, technical review, ranking and decisions, agreements, tranches and follow-up visits.
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {"accounts", "bizplan", "bizplan :: engine", "platform", "registry", "territory",
            "training"})
package ma.tiwizi.funding;
