package ma.tiwizi.territory;

import java.text.Collator;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import lombok.RequiredArgsConstructor;
import ma.tiwizi.platform.Queries;
import ma.tiwizi.platform.text.SearchText;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * All communes, read once and kept in memory: there are about 1,500 in the whole country and they change by decree,
 * so every page can name a commune without a query.
 */
@Service
@RequiredArgsConstructor
public class CommuneDirectory {

    private static final Queries SQL = Queries.of("territory");

    private final JdbcClient jdbc;
    private volatile Map<Long, Commune> byId;

    public List<Commune> all() {
        return List.copyOf(communes().values());
    }

    @Transactional(readOnly = true)
    public Optional<Commune> find(long id) {
        return Optional.ofNullable(communes().get(id));
    }

    public List<String> cercles() {
        return communes().values().stream().map(Commune::cercle).filter(c -> c != null && !c.isBlank()).distinct()
                .sorted().toList();
    }

    /** A place a filter offers: the value sent (its French name, the key) and the label in the reader's language. */
    public record Place(String value, String label) {
    }

    /** The cercles, labelled and sorted in the reader's language. */
    public List<Place> cercles(Locale locale) {
        return placesByLevel.computeIfAbsent("cercle:" + locale.getLanguage(),
                level -> places(Commune::cercle, c -> c.cercleName(locale), locale));
    }

    /** The provinces, labelled and sorted in the reader's language. */
    public List<Place> provinces(Locale locale) {
        return placesByLevel.computeIfAbsent("province:" + locale.getLanguage(),
                level -> places(Commune::province, c -> c.provinceName(locale), locale));
    }

    /** Cercles and provinces per language, sorted once like the communes (they change by decree, not by request). */
    private final Map<String, List<Place>> placesByLevel = new ConcurrentHashMap<>();

    private List<Place> places(Function<Commune, String> key, Function<Commune, String> label, Locale locale) {
        var byKey = new LinkedHashMap<String, String>();
        communes().values().stream().filter(c -> key.apply(c) != null && !key.apply(c).isBlank())
                .forEach(c -> byKey.putIfAbsent(key.apply(c), label.apply(c)));
        Collator collator = Collator.getInstance(locale);
        return byKey.entrySet().stream().map(e -> new Place(e.getKey(), e.getValue()))
                .sorted(Comparator.comparing(Place::label, collator)).toList();
    }

    public List<Long> idsInCercle(String cercle) {
        return communes().values().stream().filter(c -> cercle.equals(c.cercle())).map(Commune::id).toList();
    }

    private final Map<String, List<Commune>> sorted = new ConcurrentHashMap<>();

    /** Communes sorted by their name in the reader's language, for drop-down lists (sorted once per language). */
    public List<Commune> sortedFor(Locale locale) {
        return sorted.computeIfAbsent(locale.getLanguage(), language -> {
            Collator collator = Collator.getInstance(locale);
            return communes().values().stream()
                    .sorted(Comparator.comparing((Commune c) -> c.name(locale), collator)).toList();
        });
    }

    /** Above this many, a filter list offers only the communes of the chosen cercle. */
    public static final int MAX_CHOICES = 200;

    /**
     * The communes a filter offers: all of them in a province-sized installation; in a national one, those of the
     * chosen cercle only (a list of 1,500 would weigh on every page), and none until a cercle is chosen.
     */
    @Transactional(readOnly = true)
    public List<Commune> choices(Locale locale, String cercle) {
        var all = sortedFor(locale);
        if (all.size() <= MAX_CHOICES) {
            return all;
        }
        if (cercle == null || cercle.isBlank()) {
            return List.of();
        }
        return all.stream().filter(c -> cercle.strip().equals(c.cercle())).toList();
    }

    /** Finds a commune by its French or Arabic name or code, as typed in a spreadsheet. */
    public Optional<Commune> findByName(String name) {
        if (name == null || name.isBlank()) {
            return Optional.empty();
        }
        String wanted = NameKey.of(name);
        return communes().values().stream()
                .filter(c -> wanted.equals(NameKey.of(c.nameFr())) || wanted.equals(NameKey.of(c.nameAr()))
                        || wanted.equals(NameKey.of(c.code())))
                .findFirst();
    }

    private Map<Long, Commune> communes() {
        Map<Long, Commune> loaded = byId;
        if (loaded == null) {
            loaded = jdbc.sql(SQL.get("CommuneDirectory.communes"))
                    .query(Commune.class).list().stream()
                    .collect(Collectors.toMap(Commune::id, Function.identity(), (a, b) -> a, LinkedHashMap::new));
            byId = loaded;
        }
        return loaded;
    }

    /** Loose comparison of names typed by people: case, accents, apostrophes and Arabic letter variants ignored. */
    static final class NameKey {
        static String of(String name) {
            return name == null ? "" : SearchText.normalize(name).replaceAll("[\\s'’-]", "");
        }
    }
}
