package ma.tiwizi.registry;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import lombok.RequiredArgsConstructor;
import ma.tiwizi.platform.AdminOnly;
import ma.tiwizi.platform.Audited;
import ma.tiwizi.platform.ConflictException;
import ma.tiwizi.platform.CurrentUser;
import ma.tiwizi.platform.Morocco;
import ma.tiwizi.platform.NotFoundException;
import ma.tiwizi.platform.PageOf;
import ma.tiwizi.platform.Queries;
import ma.tiwizi.platform.StaffOnly;
import ma.tiwizi.platform.TiwiziPrincipal;
import ma.tiwizi.platform.text.CloseSpellings;
import ma.tiwizi.platform.text.Ice;
import ma.tiwizi.platform.text.SearchText;
import ma.tiwizi.territory.CommuneDirectory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PostAuthorize;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Registers, changes and finds cooperatives. The methods pages call say who may call them ({@code @AdminOnly},
 * {@code @StaffOnly}, {@code @PreAuthorize}): staff read all, ADMIN changes all, a COOP user reads and edits only their
 * own cooperative. The methods without (references, contact e-mail, public profile, count) are for other modules'
 * code, which has checked its own reader first; they return nothing a page may show unchecked.
 */
@Service
@RequiredArgsConstructor
public class CooperativeRegistry {

    private static final Queries SQL = Queries.of("registry");

    private final CooperativeRepository cooperatives;
    private final JdbcClient jdbc;
    private final CommuneDirectory communes;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final CloseSpellings closeSpellings;

    @Transactional
    @AdminOnly
    public long register(CooperativeForm form) {
        checkCommune(form);
        checkUnique(form, null);
        var cooperative = Cooperative.register(form, CurrentUser.username(), clock.instant());
        try {
            cooperative = cooperatives.save(cooperative);
        } catch (DuplicateKeyException e) {
            throw duplicate(form);
        }
        events.publishEvent(Audited.by("create", "cooperative", cooperative.id(),
                cooperative.registrationNumber() + " " + cooperative.nameLatin()));
        events.publishEvent(new CooperativeChanged(cooperative.id()));
        return cooperative.id();
    }

    @Transactional
    @PreAuthorize("@access.editsCooperative(#id)")
    public void update(long id, CooperativeForm form) {
        var user = CurrentUser.require();
        var cooperative = load(id);
        if (form.version() == null || !form.version().equals(cooperative.version())) {
            throw new ConflictException("platform.error.stale", null);
        }
        checkCommune(form);
        boolean identity = user.isAdmin();
        checkUnique(identity ? form : withNumber(form, cooperative.registrationNumber()), id);
        cooperative.update(form, user.getUsername(), clock.instant(), identity);
        try {
            cooperatives.save(cooperative);
        } catch (OptimisticLockingFailureException e) {
            throw new ConflictException("platform.error.stale", null);
        } catch (DuplicateKeyException e) {
            throw duplicate(form);
        }
        events.publishEvent(Audited.by("update", "cooperative", id,
                cooperative.registrationNumber() + " " + cooperative.nameLatin()));
        events.publishEvent(new CooperativeChanged(id));
    }

    @Transactional
    @AdminOnly
    public void changeStatus(long id, CooperativeStatus target) {
        var cooperative = load(id);
        var before = cooperative.status();
        cooperative.changeStatus(target, CurrentUser.username(), clock.instant());
        cooperatives.save(cooperative);
        events.publishEvent(Audited.by("status", "cooperative", id, before + " -> " + target));
        events.publishEvent(new CooperativeChanged(id));
    }

    /** One cooperative, if the signed-in user may read it (403 otherwise); 404 first when it does not exist. */
    @PostAuthorize("@access.readsCooperative(#id)")
    @Transactional(readOnly = true)
    public CooperativeView get(long id) {
        return find(id).orElseThrow(() -> new NotFoundException("cooperative", id));
    }

    /**
     * Past this many, the registry page's search on typed words says "more than" instead of counting every match:
     * counting thousands of names costs more than the page itself, and the staff narrow such a search anyway. Lists
     * without words (the registry, a dashboard's drill-down) are counted exactly.
     */
    public static final int COUNT_LIMIT = 1000;

    /** A page of the cooperatives the user may read that match, and exactly how many match (the API, exports). */
    @Transactional(readOnly = true)
    public PageOf<CooperativeView> search(CooperativeSearch search) {
        return search(search, false);
    }

    /**
     * The registry page's search: as {@link #search}, but typed words are counted up to {@link #COUNT_LIMIT} (a total
     * above it means "more than").
     */
    @Transactional(readOnly = true)
    public PageOf<CooperativeView> browse(CooperativeSearch search) {
        return search(search, true);
    }

    /** Whether {@link #browse} counts this search only up to {@link #COUNT_LIMIT}: it has words to look for. */
    public static boolean countedUpToTheLimit(CooperativeSearch search) {
        return !SearchText.terms(search.q()).isEmpty();
    }

    private PageOf<CooperativeView> search(CooperativeSearch search, boolean countTypedUpToTheLimit) {
        int page = PageOf.clampPage(search.page());
        int size = PageOf.clampSize(search.size());
        boolean typed = countTypedUpToTheLimit && countedUpToTheLimit(search);
        var user = CurrentUser.require();
        var where = where(search, user, false);
        // the whole registry, as staff read it, is counted by the database as it changes
        var whole = search.filtered() || !user.isStaff() ? Optional.<Long>empty() : total();
        long total = whole.isPresent() ? whole.get() : count(where, typed);
        if (total == 0 && closeSpellings.worthTrying(selective(SearchText.terms(search.q())))) {
            where = where(search, user, true);
            total = count(where, typed);
        }
        List<CooperativeView> items = where.bind(jdbc.sql(where.in(SQL.get("CooperativeRegistry.search"))))
                .param("size", size).param("offset", PageOf.offset(page, size))
                .query((rs, n) -> CooperativeView.of(rs, today())).list();
        return new PageOf<>(items, page, size, total);
    }

    /** How many cooperatives the registry holds, where the database keeps the number (V72). */
    private Optional<Long> total() {
        return jdbc.sql(SQL.get("CooperativeRegistry.total")).query(Long.class).optional();
    }

    private long count(Where where, boolean upToTheLimit) {
        if (!upToTheLimit) {
            return where.bind(jdbc.sql(where.in(SQL.get("CooperativeRegistry.count")))).query(Long.class).single();
        }
        return where.bind(jdbc.sql(where.in(SQL.get("CooperativeRegistry.countUpTo")))).param("cap", COUNT_LIMIT + 1)
                .query(Long.class).single();
    }

    /** Every match, unpaged, in list order: for exports. */
    public Stream<CooperativeView> stream(CooperativeSearch search) {
        var where = where(search, CurrentUser.require());
        LocalDate today = today();
        return where.bind(jdbc.sql(where.in(SQL.get("CooperativeRegistry.stream"))))
                .query((rs, n) -> CooperativeView.of(rs, today)).stream();
    }

    /** The ids of every cooperative the search matches (no paging), for other modules' filtered lists. */
    @Transactional(readOnly = true)
    public List<Long> matchingIds(CooperativeSearch search) {
        var where = where(search, CurrentUser.require());
        return where.bind(jdbc.sql(where.in(SQL.get("CooperativeRegistry.matchingIds")))).query(Long.class).list();
    }

    /**
     * The member counts a cooperative's own member register gives (administration module, which checked its writer):
     * they replace the typed ones, and a form opened before does not overwrite them (the version moves on).
     */
    @Transactional
    public void countMembersFromRegister(long id, int women, int men, int womenUnder35, int menUnder35) {
        jdbc.sql(SQL.get("CooperativeRegistry.countMembersFromRegister"))
                .param("w", women).param("m", men).param("wy", womenUnder35).param("my", menUnder35).param("id", id)
                .update();
    }

    /** Where to write to a cooperative, for notifications sent on behalf of the system (no user check). */
    @Transactional(readOnly = true)
    public Optional<String> contactEmail(long id) {
        return jdbc.sql(SQL.get("CooperativeRegistry.contactEmail")).param("id", id).query(String.class)
                .optional().filter(e -> e != null && !e.isBlank());
    }

    /** The cooperative's phone, for SMS sent on behalf of the system (no user check). */
    @Transactional(readOnly = true)
    public Optional<String> contactPhone(long id) {
        return jdbc.sql(SQL.get("CooperativeRegistry.contactPhone")).param("id", id).query(String.class)
                .optional().filter(p -> p != null && !p.isBlank());
    }

    /** Several cooperatives' phones in one query, for the committee's evidence on sign-up requests (no user check). */
    @Transactional(readOnly = true)
    public Map<Long, String> contactPhones(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return jdbc.sql(SQL.get("CooperativeRegistry.contactPhones")).param("ids", ids)
                .query((rs, n) -> Map.entry(rs.getLong("id"), rs.getString("phone"))).list().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    public Optional<CooperativeRef> findByRegistrationNumber(String number) {
        return jdbc.sql(SQL.get("CooperativeRegistry.findByRegistrationNumber"))
                .param("n", Cooperative.cleanNumber(number))
                .query(CooperativeRef.class).optional();
    }

    @Transactional(readOnly = true)
    public Optional<CooperativeRef> ref(long id) {
        return refs(List.of(id)).values().stream().findFirst();
    }

    @Transactional(readOnly = true)
    public Map<Long, CooperativeRef> refs(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return jdbc.sql(SQL.get("CooperativeRegistry.refs")).param("ids", ids).query(CooperativeRef.class).list()
                .stream()
                .collect(Collectors.toMap(CooperativeRef::id, Function.identity()));
    }

    /** Several cooperatives by id in one query (for other modules' reports); staff only. */
    @StaffOnly
    @Transactional(readOnly = true)
    public List<CooperativeView> views(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        LocalDate today = today();
        return jdbc.sql(SQL.get("CooperativeRegistry.views")).param("ids", ids)
                .query((rs, n) -> CooperativeView.of(rs, today)).list();
    }

    /** The public facts of a cooperative, for its storefront; no user check (nothing private is in them). */
    @Transactional(readOnly = true)
    public Optional<PublicProfile> publicProfile(long id) {
        return find(id).map(c -> new PublicProfile(c.id(), c.nameAr(), c.nameLatin(), c.communeId(), c.sector(),
                c.womenLed(), c.youthLed(), c.status() == CooperativeStatus.ACTIVE));
    }

    @Transactional(readOnly = true)
    public long count() {
        return cooperatives.count();
    }

    Optional<CooperativeView> find(long id) {
        return jdbc.sql(SQL.get("CooperativeRegistry.find")).param("id", id)
                .query((rs, n) -> CooperativeView.of(rs, today())).optional();
    }

    LocalDate today() {
        return LocalDate.now(clock.withZone(Morocco.ZONE));
    }

    private void checkCommune(CooperativeForm form) {
        if (form.communeId() == null || communes.find(form.communeId()).isEmpty()) {
            throw new RegistryRefused("registry.error.commune", "communeId");
        }
    }

    private void checkUnique(CooperativeForm form, Long self) {
        var number = findByRegistrationNumber(form.registrationNumber());
        if (number.isPresent() && (self == null || number.get().id() != self)) {
            throw new ConflictException("registry.error.registrationNumberTaken", "registrationNumber",
                    form.registrationNumber().strip());
        }
        String ice = Ice.clean(form.ice());
        if (!ice.isEmpty()) {
            Optional<Long> holder = jdbc.sql(SQL.get("CooperativeRegistry.checkUnique"))
                    .param("ice", ice).query(Long.class).optional();
            if (holder.isPresent() && (self == null || !holder.get().equals(self))) {
                throw new ConflictException("registry.error.iceTaken", "ice", ice);
            }
        }
    }

    private ConflictException duplicate(CooperativeForm form) {
        return new ConflictException("registry.error.registrationNumberTaken", "registrationNumber",
                form.registrationNumber());
    }

    private static CooperativeForm withNumber(CooperativeForm f, String number) {
        return new CooperativeForm(f.nameAr(), f.nameLatin(), f.legalForm(), number, f.createdOn(), f.ice(),
                f.communeId(), f.sector(), f.activity(), f.phone(), f.email(), f.presidentName(), f.presidentSex(),
                f.presidentBirthYear(), f.membersWomen(), f.membersMen(), f.womenUnder35(), f.menUnder35(),
                f.version());
    }

    private Cooperative load(long id) {
        return cooperatives.findById(id).orElseThrow(() -> new NotFoundException("cooperative", id));
    }

    /** Words nearly every cooperative's name holds: they narrow nothing, so they are dropped when others remain. */
    private static final Set<String> COMMON_WORDS = Set.of(
            SearchText.normalize("\u062a\u0639\u0627\u0648\u0646\u064a\u0629"), "cooperative", "coop");

    static List<String> selective(List<String> terms) {
        var telling = terms.stream().filter(t -> !COMMON_WORDS.contains(t)).toList();
        return telling.isEmpty() ? terms : telling;
    }

    private Where where(CooperativeSearch s, TiwiziPrincipal user) {
        return where(s, user, false);
    }

    /** The conditions of a search; {@code close} also accepts words spelt close to those typed. */
    private Where where(CooperativeSearch s, TiwiziPrincipal user, boolean close) {
        var where = new Where(orderBy(s));
        List<String> terms = selective(SearchText.terms(s.q()));
        for (int i = 0; i < terms.size(); i++) {
            String term = terms.get(i);
            where.words.add(close ? CloseSpellings.condition("c.search_text", "t" + i, term)
                    : SearchText.wordCondition("c.search_text", "t" + i, term));
            where.params.put("t" + i, SearchText.stem(term));
            where.params.putAll(SearchText.wordParameters("t" + i, term));
        }
        List<Long> places = s.commune() != null ? List.of(s.commune())
                : s.cercle() != null && !s.cercle().isBlank() ? communes.idsInCercle(s.cercle()) : null;
        where.params.put("everyCooperative", user.isStaff());
        where.params.put("own", user.cooperativeId() == null ? -1L : user.cooperativeId());
        where.params.put("everyCommune", places == null);
        where.params.put("communes", places == null || places.isEmpty() ? List.of(-1L) : places);
        where.params.put("sector", s.sector() == null ? "" : s.sector().name());
        where.params.put("status", s.status() == null ? "" : s.status().name());
        where.params.put("womenLed", Boolean.TRUE.equals(s.womenLed()));
        where.params.put("youthLed", Boolean.TRUE.equals(s.youthLed()));
        where.params.put("oldYouth", RegistryRules.youngestNotYouthBirthYear(today()));
        where.params.put("newlyCreated", Boolean.TRUE.equals(s.newlyCreated()));
        where.params.put("newSince", RegistryRules.newSince(today()));
        return where;
    }

    private static String orderBy(CooperativeSearch s) {
        return SQL.get(switch (s.sortOrDefault()) {
            case "-created" -> "CooperativeRegistry.newestFirst";
            case "created" -> "CooperativeRegistry.oldestFirst";
            case "-members" -> "CooperativeRegistry.mostMembersFirst";
            default -> "ar".equals(LocaleContextHolder.getLocale().getLanguage()) ? "CooperativeRegistry.byArabicName"
                    : "CooperativeRegistry.byLatinName";
        });
    }

    /** A search's conditions on the words typed (the other filters are parameters), its order and its parameters. */
    private static final class Where {
        private final List<String> words = new ArrayList<>();
        private final Map<String, Object> params = new LinkedHashMap<>();
        private final String order;

        Where(String order) {
            this.order = order;
        }

        /** The statement with this search's conditions and order in place. */
        String in(String statement) {
            return statement.replace("{matching}", SQL.get("CooperativeRegistry.matching")
                    .replace("{words}", words.isEmpty() ? "true" : String.join(" and ", words)))
                    .replace("{order}", order);
        }

        JdbcClient.StatementSpec bind(JdbcClient.StatementSpec spec) {
            params.forEach(spec::param);
            return spec;
        }
    }
}
