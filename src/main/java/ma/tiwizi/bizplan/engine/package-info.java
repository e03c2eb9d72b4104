/**
 * The business-plan calculation: plain Java (no Spring, no database), usable by any module and by the JSON API.
 * Formulas are written in docs/bizplan-formulas.md.
 */
@org.springframework.modulith.NamedInterface("engine")
package ma.tiwizi.bizplan.engine;
