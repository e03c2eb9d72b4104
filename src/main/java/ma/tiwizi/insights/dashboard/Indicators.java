package ma.tiwizi.insights.dashboard;

import java.math.BigDecimal;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The dashboard's indicators in display order, each with its value, how to show it, and the list behind it when
 * there is one. Their names and definitions are message keys {@code insights.indicator.KEY} and
 * {@code insights.definition.KEY}.
 */
public final class Indicators {

    public enum Kind {
        COUNT, MONEY, PERCENT, POINTS
    }

    public record Indicator(String key, Kind kind, BigDecimal value, String drill) {
    }

    private Indicators() {
    }

    public static List<Indicator> of(Dashboard.View view) {
        return of(view, null);
    }

    /**
     * The indicators, each number linked to the list behind it: the registry for counts of cooperatives, the
     * dashboard's own lists for the rest (with the same filters, from the current query string; none when null).
     */
    public static List<Indicator> of(Dashboard.View view, String query) {
        var plain = compute(view);
        if (query == null) {
            return plain;
        }
        String filters = query.replaceAll("(^|&)(indicator|page)=[^&]*", "");
        return plain.stream().map(i -> i.drill() == null && Lists.has(i.key())
                ? new Indicator(i.key(), i.kind(), i.value(), "/admin/insights/list?indicator=" + i.key()
                        + (filters.isBlank() ? "" : "&" + filters.replaceFirst("^&", "")))
                : i).toList();
    }

    private static List<Indicator> compute(Dashboard.View view) {
        var c = view.cooperatives();
        var f = view.flows();
        String list = registryList(view.scope());
        var all = new ArrayList<Indicator>();
        all.add(count("registered", c.registered(), list));
        all.add(count("created", c.created(), null));
        all.add(new Indicator("womenLedShare", Kind.PERCENT, Dashboard.View.percent(c.womenLed(), c.registered()),
                list + "&womenLed=true"));
        all.add(new Indicator("youthLedShare", Kind.PERCENT, Dashboard.View.percent(c.youthLed(), c.registered()),
                list + "&youthLed=true"));
        all.add(new Indicator("newShare", Kind.PERCENT, Dashboard.View.percent(c.newlyCreated(), c.registered()),
                list + "&newlyCreated=true"));
        all.add(count("members", c.members(), null));
        all.add(count("reached", c.reached(), null));
        all.add(count("certified", c.certified(), null));
        all.add(count("participantsWomen", f.count("participants_f"), null));
        all.add(count("participantsMen", f.count("participants_m"), null));
        all.add(count("participantsYouth", f.count("participants_under_25") + f.count("participants_25_34"), null));
        all.add(count("participantsUnder25", f.count("participants_under_25"), null));
        all.add(count("participants25to34", f.count("participants_25_34"), null));
        all.add(count("participants35to49", f.count("participants_35_49"), null));
        all.add(count("participants50", f.count("participants_50"), null));
        all.add(new Indicator("attendanceRate", Kind.PERCENT, view.attendanceRate(), null));
        all.add(new Indicator("learningGain", Kind.POINTS, view.learningGain(), null));
        all.add(count("applicationsSubmitted", f.count("applications_submitted"), null));
        all.add(count("applicationsPending", f.count("applications_pending"), null));
        all.add(count("applicationsApproved", f.count("applications_approved"), null));
        all.add(count("applicationsWaiting", f.count("applications_waiting"), null));
        all.add(count("applicationsRejected", f.count("applications_rejected"), null));
        all.add(new Indicator("approvalRate", Kind.PERCENT, view.approvalRate(), null));
        all.add(money("amountRequested", f.get("amount_requested")));
        all.add(money("amountApproved", f.get("amount_approved")));
        all.add(money("ownContribution", f.get("own_contribution")));
        all.add(money("amountPaid", f.get("amount_paid")));
        all.add(count("jobsWomen", f.count("jobs_women"), null));
        all.add(count("jobsMen", f.count("jobs_men"), null));
        all.add(count("orders", f.count("orders"), null));
        all.add(money("sales", f.get("sales")));
        all.add(new Indicator("survival", Kind.PERCENT, view.survival(), null));
        all.add(new Indicator("registerKeptShare", Kind.PERCENT,
                Dashboard.View.percent(c.keepRegister(), c.registered()), null));
        all.add(new Indicator("inOrderShare", Kind.PERCENT, Dashboard.View.percent(c.inOrder(), c.registered()),
                null));
        return all;
    }

    /** The registry list narrowed like the dashboard (as far as the registry's filters go). */
    static String registryList(Dashboard.Scope scope) {
        var typed = scope.typed();
        var url = new StringBuilder("/cooperatives?sort=name");
        if (typed.commune() != null) {
            url.append("&commune=").append(typed.commune());
        } else if (typed.cercle() != null && !typed.cercle().isBlank()) {
            url.append("&cercle=").append(URLEncoder.encode(typed.cercle().strip(),
                    StandardCharsets.UTF_8));
        }
        if (scope.sector() != null) {
            url.append("&sector=").append(scope.sector().name());
        }
        if (Boolean.TRUE.equals(scope.womenLed())) {
            url.append("&womenLed=true");
        }
        if (Boolean.TRUE.equals(scope.youthLed())) {
            url.append("&youthLed=true");
        }
        return url.toString();
    }

    private static Indicator count(String key, long value, String drill) {
        return new Indicator(key, Kind.COUNT, BigDecimal.valueOf(value), drill);
    }

    private static Indicator money(String key, BigDecimal value) {
        return new Indicator(key, Kind.MONEY, value, null);
    }
}
