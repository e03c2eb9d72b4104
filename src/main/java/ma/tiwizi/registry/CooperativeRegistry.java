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

    private static final String COLUMNS = """
            id, name_ar, name_latin, legal_form, registration_number, created_on, ice, commune_id, sector, activity,
            phone, email, president_name, president_sex, president_birth_year, members_women, members_men,
            women_under35, men_under35, status, updated_at, updated_by, version, members_from_register""";

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

    @Transactional(readOnly = true)
    public PageOf<CooperativeView> search(CooperativeSearch search) {
        int page = PageOf.clampPage(search.page());
        int size = PageOf.clampSize(search.size());
        var where = where(search, CurrentUser.require(), false);
        long total = where.bind(jdbc.sql("select count(*) from registry_cooperative c" + where.sql))
                .query(Long.class).single();
        if (total == 0 && closeSpellings.worthTrying(selective(SearchText.terms(search.q())))) {
            where = where(search, CurrentUser.require(), true);
            total = where.bind(jdbc.sql("select count(*) from registry_cooperative c" + where.sql))
                    .query(Long.class).single();
        }
        List<CooperativeView> items = where.bind(jdbc.sql("select " + COLUMNS + " from registry_cooperative c"
                + where.sql + orderBy(search) + " limit :size offset :offset"))
                .param("size", size).param("offset", PageOf.offset(page, size))
                .query((rs, n) -> CooperativeView.of(rs, today())).list();
        return new PageOf<>(items, page, size, total);
    }

    /** Every match, unpaged, in list order: for exports. */
    public Stream<CooperativeView> stream(CooperativeSearch search) {
        var where = where(search, CurrentUser.require());
        LocalDate today = today();
        return where.bind(jdbc.sql("select " + COLUMNS + " from registry_cooperative c" + where.sql + orderBy(search)))
                .query((rs, n) -> CooperativeView.of(rs, today)).stream();
    }

    /** The ids of every cooperative the search matches (no paging), for other modules' filtered lists. */
    @Transactional(readOnly = true)
    public List<Long> matchingIds(CooperativeSearch search) {
        var where = where(search, CurrentUser.require());
        return where.bind(jdbc.sql("select c.id from registry_cooperative c" + where.sql)).query(Long.class).list();
    }

    /**
     * The member counts a cooperative's own member register gives (administration module, which checked its writer):
     * they replace the typed ones, and a form opened before does not overwrite them (the version moves on).
     */
    @Transactional
    public void countMembersFromRegister(long id, int women, int men, int womenUnder35, int menUnder35) {
        jdbc.sql("""
                update registry_cooperative set members_women = :w, members_men = :m, women_under35 = :wy,
                    men_under35 = :my, members_from_register = true, version = version + 1 where id = :id""")
                .param("w", women).param("m", men).param("wy", womenUnder35).param("my", menUnder35).param("id", id)
                .update();
    }

    /** Where to write to a cooperative, for notifications sent on behalf of the system (no user check). */
    @Transactional(readOnly = true)
    public Optional<String> contactEmail(long id) {
        return jdbc.sql("select email from registry_cooperative where id = :id").param("id", id).query(String.class)
                .optional().filter(e -> e != null && !e.isBlank());
    }

    public Optional<CooperativeRef> findByRegistrationNumber(String number) {
        return jdbc.sql("select id, name_ar, name_latin, registration_number from registry_cooperative "
                + "where registration_number = :n").param("n", Cooperative.cleanNumber(number))
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
        return jdbc.sql("select id, name_ar, name_latin, registration_number from registry_cooperative "
                + "where id in (:ids)").param("ids", ids).query(CooperativeRef.class).list().stream()
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
        return jdbc.sql("select " + COLUMNS + " from registry_cooperative c where id in (:ids)").param("ids", ids)
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
        return jdbc.sql("select " + COLUMNS + " from registry_cooperative c where id = :id").param("id", id)
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
            Optional<Long> holder = jdbc.sql("select id from registry_cooperative where ice = :ice")
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
        var where = new Where();
        if (!user.isStaff()) {
            where.and("c.id = :own", "own", user.cooperativeId() == null ? -1L : user.cooperativeId());
        }
        List<String> terms = selective(SearchText.terms(s.q()));
        for (int i = 0; i < terms.size(); i++) {
            String term = terms.get(i);
            where.and(close ? CloseSpellings.condition("c.search_text", "t" + i, term)
                    : SearchText.wordCondition("c.search_text", "t" + i, term), close ? "t" + i : null, SearchText.stem(term));
            where.params.putAll(SearchText.wordParameters("t" + i, term));
        }
        if (s.commune() != null) {
            where.and("c.commune_id = :commune", "commune", s.commune());
        } else if (s.cercle() != null && !s.cercle().isBlank()) {
            List<Long> ids = communes.idsInCercle(s.cercle());
            where.and("c.commune_id in (:cercle)", "cercle", ids.isEmpty() ? List.of(-1L) : ids);
        }
        if (s.sector() != null) {
            where.and("c.sector = :sector", "sector", s.sector().name());
        }
        if (s.status() != null) {
            where.and("c.status = :status", "status", s.status().name());
        }
        if (Boolean.TRUE.equals(s.womenLed())) {
            where.and("c.president_sex = 'F'", null, null);
        }
        if (Boolean.TRUE.equals(s.youthLed())) {
            where.and("c.president_birth_year > :oldYouth", "oldYouth",
                    RegistryRules.youngestNotYouthBirthYear(today()));
        }
        if (Boolean.TRUE.equals(s.newlyCreated())) {
            where.and("c.created_on >= :newSince", "newSince", RegistryRules.newSince(today()));
        }
        return where;
    }

    private static String orderBy(CooperativeSearch s) {
        return switch (s.sortOrDefault()) {
            case "-created" -> " order by c.created_on desc, c.id";
            case "created" -> " order by c.created_on, c.id";
            case "-members" -> " order by (c.members_women + c.members_men) desc, c.id";
            default -> "ar".equals(LocaleContextHolder.getLocale().getLanguage()) ? " order by c.name_ar, c.id"
                    : " order by c.name_latin, c.id";
        };
    }

    /** A WHERE clause built from optional filters, with its named parameters. */
    private static final class Where {
        private final List<String> conditions = new ArrayList<>();
        private final Map<String, Object> params = new LinkedHashMap<>();
        private String sql = "";

        void and(String condition, String name, Object value) {
            conditions.add(condition);
            if (name != null) {
                params.put(name, value);
            }
            sql = " where " + String.join(" and ", conditions);
        }

        JdbcClient.StatementSpec bind(JdbcClient.StatementSpec spec) {
            params.forEach(spec::param);
            return spec;
        }
    }
}
