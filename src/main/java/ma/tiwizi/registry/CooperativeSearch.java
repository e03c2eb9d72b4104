package ma.tiwizi.registry;

import java.util.Set;

/**
 * What the registry list is filtered and sorted by; every field is optional. Bound from the query string of the list
 * page, the export links and the API.
 */
public record CooperativeSearch(String q, String cercle, Long commune, Sector sector, CooperativeStatus status,
        Boolean womenLed, Boolean youthLed, Boolean newlyCreated, String sort, Integer page, Integer size) {

    public static final Set<String> SORTS = Set.of("name", "-created", "created", "-members");

    public static CooperativeSearch all() {
        return new CooperativeSearch(null, null, null, null, null, null, null, null, null, null, null);
    }

    public String sortOrDefault() {
        return sort != null && SORTS.contains(sort) ? sort : "name";
    }

    public boolean filtered() {
        return (q != null && !q.isBlank()) || (cercle != null && !cercle.isBlank()) || commune != null
                || sector != null || status != null || Boolean.TRUE.equals(womenLed) || Boolean.TRUE.equals(youthLed)
                || Boolean.TRUE.equals(newlyCreated);
    }
}
