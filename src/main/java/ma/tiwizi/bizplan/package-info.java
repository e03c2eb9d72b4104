/**
 * Bankable business plans: a cooperative's economic model, its projections and indicators, and a verdict a funder can
 * trust.
 */
package ma.tiwizi.bizplan;
