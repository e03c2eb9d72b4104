/**
 * The rules of a call as plain Java: who may apply (eligibility) and how much public money a project may ask for
 * (funding rules). No Spring, no database, so any module and any test can use them.
 */
@org.springframework.modulith.NamedInterface("rules")
package ma.tiwizi.funding.rules;
