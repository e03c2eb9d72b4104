package ma.tiwizi.administration.rules;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Set;

/**
 * Who may vote for whom at a general assembly (art. 39): a member may give a written proxy only to another member,
 * and a member holds at most one proxy. A member who gives a proxy is represented, not present.
 */
public final class Proxies {

    private Proxies() {
    }

    /** {@code giver} is represented by {@code holder}. */
    public record Proxy(long giver, long holder) {
    }

    public static List<Breach> check(Collection<Proxy> proxies, Set<Long> members, Set<Long> present) {
        List<Breach> breaches = new ArrayList<>();
        var held = new HashMap<Long, Integer>();
        var given = new HashMap<Long, Integer>();
        for (var proxy : proxies) {
            if (!members.contains(proxy.giver())) {
                breaches.add(Breach.of("proxyFromNonMember", proxy.giver()));
            }
            if (proxy.giver() == proxy.holder()) {
                breaches.add(Breach.of("proxyToSelf", proxy.giver()));
                continue;
            }
            if (!members.contains(proxy.holder())) {
                breaches.add(Breach.of("proxyToNonMember", proxy.holder()));
            }
            if (present.contains(proxy.giver())) {
                breaches.add(Breach.of("proxyOfPresentMember", proxy.giver()));
            }
            if (held.merge(proxy.holder(), 1, Integer::sum) == 2) {
                breaches.add(Breach.of("secondProxy", proxy.holder()));
            }
            if (given.merge(proxy.giver(), 1, Integer::sum) == 2) {
                breaches.add(Breach.of("twoProxiesGiven", proxy.giver()));
            }
        }
        return breaches;
    }
}
