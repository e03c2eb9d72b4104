/**
 * Public support: calls for projects with their eligibility and funding rules and document checklists, guided
 * applications, technical review, ranking and decisions, agreements, tranches and follow-up visits. Other modules
 * see only this root: the events of an application (submitted, decided, a step taken) and its status; the rule
 * kernel is the named interface {@code rules}; everything else is in the internal package.
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {"accounts", "bizplan", "bizplan :: engine", "platform", "registry", "territory",
            "training"})
package ma.tiwizi.funding;
