/**
 * Public support: calls for projects with their eligibility and funding rules and document checklists, and (to come)
 * applications, review, decisions, agreements and tranches.
 */
package ma.tiwizi.funding;
