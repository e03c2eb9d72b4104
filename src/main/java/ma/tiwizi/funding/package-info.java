/**
 * Public support: calls for projects with their eligibility and funding rules and document checklists, guided
 * applications, technical review, ranking and decisions, agreements, tranches and follow-up visits.
 */
package ma.tiwizi.funding;
