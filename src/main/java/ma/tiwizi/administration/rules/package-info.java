/**
 * The rules of law 112-12 on cooperatives as plain Java, each with the article it comes from: capital and shares,
 * quorum and majorities, notice periods, proxies, who runs the cooperative, refunds, the surplus and the legal
 * calendar. No Spring, no database. A broken rule is a {@link ma.tiwizi.administration.rules.Breach}: a message key
 * that cites the article in plain words, and the figures it quotes.
 */
@org.springframework.modulith.NamedInterface("rules")
package ma.tiwizi.administration.rules;
