/**
 * Running a cooperative by law 112-12: its member register and shares, who runs it, its general assemblies with
 * quorum and minutes, its books, its surplus and its legal calendar. Other modules see only this root; the law's
 * rules are the named interface {@code rules}, plain Java that any module and test can use.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"platform", "registry", "territory", "funding",
        "market"})
package ma.tiwizi.administration;
