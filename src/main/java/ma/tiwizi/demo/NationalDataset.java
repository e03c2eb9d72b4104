package ma.tiwizi.demo;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Date;
import java.sql.Time;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import lombok.RequiredArgsConstructor;
import ma.tiwizi.platform.text.SearchText;
import ma.tiwizi.registry.Sector;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * A synthetic national dataset, the same for the same seed: at scale 1, 12 regions, 75 provinces, 1,500 communes,
 * 60,000 cooperatives (about 700,000 members), 20,000 training sessions with 600,000 attendance records, 100,000
 * applications, 200,000 products and 2,000,000 orders. Rows go in by batched multi-row inserts, and the identity
 * columns are moved past them afterwards so the application keeps working on the data.
 */
@Component
@RequiredArgsConstructor
public class NationalDataset {

    private static final Logger log = LoggerFactory.getLogger(NationalDataset.class);
    private static final int BATCH = 5_000;
    /** The dataset's "today", fixed so the same seed always gives the same rows. */
    static final LocalDate TODAY = LocalDate.of(2026, 6, 30);
    private static final Timestamp NOW = Timestamp.valueOf(TODAY.atTime(12, 0));
    private static final String[] WORDS_AR = {"الأمل", "النور", "الخير", "الوفاء", "الأطلس", "الواحة", "السلام",
        "تيويزي", "أكادير", "الفجر", "الزيتونة", "الرحمة"};
    private static final String[] WORDS_FR = {"Al Amal", "Annour", "Al Khair", "Al Wafae", "Atlas", "Al Waha",
        "Assalam", "Tiwizi", "Agadir", "Al Fajr", "Zitouna", "Arrahma"};
    private static final String[][] PRODUCTS = {
        {"زعفران حر", "Safran pur", "SAFFRON", "G", "1", "95"}, {"زيت أركان", "Huile d’argan", "ARGAN_OIL", "ML", "250", "180"},
        {"زيت الزيتون", "Huile d’olive", "OLIVE_OIL", "L", "1", "85"}, {"عسل الزعتر", "Miel de thym", "HONEY", "G", "500", "150"},
        {"أملو", "Amlou", "AMLOU", "G", "250", "70"}, {"تمر المجهول", "Dattes Mejhoul", "DATES", "KG", "1", "120"},
        {"كسكس الشعير", "Couscous d’orge", "COUSCOUS_CEREALS", "KG", "1", "40"},
        {"أعشاب طبية", "Plantes médicinales", "AROMATIC_PLANTS", "G", "100", "30"},
        {"صابون بلدي", "Savon beldi", "COSMETICS", "G", "200", "35"}, {"زربية", "Tapis", "CRAFTS", "PIECE", "1", "900"},
        {"حنبل", "Hanbel", "TEXTILES", "PIECE", "1", "400"}};

    private final JdbcTemplate jdbc;

    /** How many rows of each kind a scale gives. */
    public record Sizes(int communes, int cooperatives, int sessions, int participantsPerSession, int applications,
            int products, int orders) {
        static Sizes of(double scale) {
            return new Sizes(Math.max(12, (int) (1_500 * scale)), Math.max(50, (int) (60_000 * scale)),
                    Math.max(10, (int) (20_000 * scale)), 30, Math.max(20, (int) (100_000 * scale)),
                    Math.max(50, (int) (200_000 * scale)), Math.max(100, (int) (2_000_000 * scale)));
        }
    }

    /** Fills the database; returns the number of rows written per table. */
    public Map<String, Integer> generate(double scale, long seed) {
        var sizes = Sizes.of(scale);
        var random = new SplittableRandom(seed);
        var counts = new LinkedHashMap<String, Integer>();
        long started = System.nanoTime();
        String run = Long.toString(seed, 36) + "-" + Long.toString(Math.abs(random.nextLong()) % 1_000_000, 36);

        long communeBase = next("territory_commune");
        var communes = new ArrayList<Object[]>();
        for (int c = 0; c < sizes.communes(); c++) {
            int region = c % 12;
            int province = c % 75;
            communes.add(new Object[] {communeBase + c, "gen-" + run + "-" + c, c % 10 == 0 ? "municipality" : "rural",
                    "Région " + (region + 1), "Province " + (province + 1), "Cercle " + (c % 300 + 1),
                    "Commune " + (c + 1), "جماعة " + (c + 1)});
        }
        insert("insert into territory_commune (id, code, kind, region, province, cercle, name_fr, name_ar) "
                + "values (?, ?, ?, ?, ?, ?, ?, ?)", communes, counts, "territory_commune");

        long coopBase = next("registry_cooperative");
        var cooperatives = new ArrayList<Object[]>();
        var coopCommune = new long[sizes.cooperatives()];
        var coopName = new String[sizes.cooperatives()];
        Sector[] sectors = Sector.values();
        for (int i = 0; i < sizes.cooperatives(); i++) {
            long commune = communeBase + random.nextInt(sizes.communes());
            coopCommune[i] = commune;
            String word = WORDS_AR[random.nextInt(WORDS_AR.length)];
            Sector sector = sectors[random.nextInt(sectors.length)];
            String nameAr = "تعاونية " + word + " " + (i + 1);
            String nameLatin = "Coopérative " + WORDS_FR[random.nextInt(WORDS_FR.length)] + " " + (i + 1);
            coopName[i] = nameAr;
            boolean woman = random.nextInt(100) < 45;
            int women = woman ? 4 + random.nextInt(14) : random.nextInt(5);
            int men = woman ? random.nextInt(4) : 3 + random.nextInt(12);
            int status = random.nextInt(100);
            cooperatives.add(new Object[] {coopBase + i, nameAr, nameLatin, "COOPERATIVE", "GEN-" + run + "-" + i,
                    Date.valueOf(TODAY.minusDays(random.nextInt(365 * 12))), commune, sector.name(),
                    woman ? "فاطمة" : "محمد", woman ? "F" : "M", 1950 + random.nextInt(55), women, men,
                    random.nextInt(women + 1), random.nextInt(men + 1),
                    status < 90 ? "ACTIVE" : status < 97 ? "DORMANT" : "DISSOLVED",
                    SearchText.key(nameAr, nameLatin), NOW, NOW, "generator", "generator", 0});
        }
        insert("""
                insert into registry_cooperative (id, name_ar, name_latin, legal_form, registration_number, created_on,
                    commune_id, sector, president_name, president_sex, president_birth_year, members_women,
                    members_men, women_under35, men_under35, status, search_text, created_at, updated_at, created_by,
                    updated_by, version)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", cooperatives, counts,
                "registry_cooperative");
        cooperatives.clear();

        training(sizes, random, run, coopBase, counts);
        funding(sizes, random, run, coopBase, counts);
        market(sizes, random, run, coopBase, coopCommune, coopName, counts);

        for (String table : List.of("territory_commune", "registry_cooperative", "accounts_user", "training_programme",
                "training_session", "training_invitation", "training_participant", "funding_call",
                "funding_application", "funding_tranche", "funding_visit", "market_product", "market_order")) {
            long after = next(table);
            jdbc.execute("alter table " + table + " alter column id restart with " + after);
        }
        log.info("National dataset (scale {}, seed {}) written in {} s: {}", scale, seed,
                (System.nanoTime() - started) / 1_000_000_000, counts);
        return counts;
    }

    private void training(Sizes sizes, SplittableRandom random, String run, long coopBase, Map<String, Integer> counts) {
        long trainerBase = next("accounts_user");
        int trainers = Math.max(5, sizes.sessions() / 100);
        var rows = new ArrayList<Object[]>();
        for (int t = 0; t < trainers; t++) {
            rows.add(new Object[] {trainerBase + t, "gen-trainer-" + run + "-" + t, "مكون " + (t + 1),
                    "{noop}not-a-password-" + random.nextLong(), "TRAINER", true, NOW, NOW, 0});
        }
        insert("insert into accounts_user (id, username, display_name, password_hash, role, enabled, "
                + "created_at, updated_at, version) values (?, ?, ?, ?, ?, ?, ?, ?, ?)", rows, counts,
                "accounts_user");
        long programmeBase = next("training_programme");
        int programmes = Math.max(2, sizes.sessions() / 100);
        rows.clear();
        for (int p = 0; p < programmes; p++) {
            LocalDate start = TODAY.minusDays(random.nextInt(365 * 5));
            rows.add(new Object[] {programmeBase + p, "دورة تكوينية " + (p + 1), Date.valueOf(start),
                    Date.valueOf(start.plusDays(30)), "دار المبادرة", 50, NOW, "generator", 0});
        }
        insert("insert into training_programme (id, title, starts_on, ends_on, venue, target_cooperatives, "
                + "created_at, created_by, version) values (?, ?, ?, ?, ?, ?, ?, ?, ?)", rows, counts,
                "training_programme");
        List<Long> modules = jdbc.queryForList("select id from training_module order by id", Long.class);
        long sessionBase = next("training_session");
        rows.clear();
        var sessionDay = new LocalDate[sizes.sessions()];
        for (int s = 0; s < sizes.sessions(); s++) {
            sessionDay[s] = TODAY.minusDays(random.nextInt(365 * 5));
            String place = "قاعة " + run + " " + s;
            rows.add(new Object[] {sessionBase + s, programmeBase + random.nextInt(programmes),
                    modules.get(random.nextInt(modules.size())), trainerBase + random.nextInt(trainers),
                    Date.valueOf(sessionDay[s]), Time.valueOf(LocalTime.of(9, 0)), Time.valueOf(LocalTime.of(12, 0)),
                    place, SearchText.normalize(place), 40, 0});
        }
        insert("insert into training_session (id, programme_id, module_id, trainer_id, held_on, starts_at, ends_at, "
                + "place, place_key, capacity, version) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", rows, counts,
                "training_session");
        long invitationBase = next("training_invitation");
        var invitations = new ArrayList<Object[]>();
        var participants = new ArrayList<Object[]>();
        String[] bands = {"UNDER_25", "FROM_25_TO_34", "FROM_35_TO_49", "FROM_50"};
        long invitation = invitationBase;
        int cooperativeCount = (int) (next("registry_cooperative") - coopBase);
        for (int s = 0; s < sizes.sessions(); s++) {
            int cooperatives = sizes.participantsPerSession() / 3;
            var seen = new HashSet<Integer>();
            for (int k = 0; k < cooperatives; k++) {
                int coop = random.nextInt(cooperativeCount);
                if (!seen.add(coop)) {
                    continue;
                }
                invitations.add(new Object[] {invitation, sessionBase + s, coopBase + coop, NOW, "generator"});
                for (int p = 0; p < 3; p++) {
                    boolean woman = random.nextInt(100) < 55;
                    participants.add(new Object[] {invitation, sessionBase + s, (woman ? "مشاركة " : "مشارك ") + p,
                            woman ? "F" : "M", bands[random.nextInt(bands.length)],
                            "+2126" + String.format("%08d", random.nextInt(100_000_000)), "SEATED", NOW,
                            random.nextInt(100) < 85, Timestamp.valueOf(sessionDay[s].atTime(10, 0)), "generator"});
                }
                invitation++;
            }
            if (participants.size() >= 50_000) {
                flushTraining(invitations, participants, counts);
            }
        }
        flushTraining(invitations, participants, counts);
    }

    private void flushTraining(List<Object[]> invitations, List<Object[]> participants, Map<String, Integer> counts) {
        insert("insert into training_invitation (id, session_id, cooperative_id, invited_at, invited_by) "
                + "values (?, ?, ?, ?, ?)", invitations, counts, "training_invitation");
        insert("insert into training_participant (invitation_id, session_id, full_name, sex, age_band, phone, status, "
                + "enrolled_at, attended, attendance_marked_at, attendance_marked_by) "
                + "values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", participants, counts, "training_participant");
        invitations.clear();
        participants.clear();
    }

    private void funding(Sizes sizes, SplittableRandom random, String run, long coopBase, Map<String, Integer> counts) {
        int cooperatives = (int) (next("registry_cooperative") - coopBase);
        int calls = Math.max(2, sizes.applications() / 300);
        long callBase = next("funding_call");
        var rows = new ArrayList<Object[]>();
        for (int c = 0; c < calls; c++) {
            LocalDateTime opens = TODAY.minusDays(random.nextInt(365 * 5)).atTime(9, 0);
            rows.add(new Object[] {callBase + c, "طلب مشاريع " + (c + 1), "SOLIDARITY_ECONOMY",
                    Timestamp.valueOf(opens), Timestamp.valueOf(opens.plusDays(45)), new BigDecimal("50000000"),
                    new BigDecimal("60"), new BigDecimal("300000"), new BigDecimal("40"), new BigDecimal("50"), true,
                    NOW, "generator", NOW, 0});
        }
        insert("insert into funding_call (id, title, axis, opens_at, closes_at, budget, max_public_share_percent, "
                + "max_public_amount, min_own_share_percent, max_in_kind_share_percent, published, created_at, "
                + "created_by, updated_at, version) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", rows, counts,
                "funding_call");
        long applicationBase = next("funding_application");
        var applications = new ArrayList<Object[]>();
        var tranches = new ArrayList<Object[]>();
        var visits = new ArrayList<Object[]>();
        String[] statuses = {"SUBMITTED", "COMPLETE", "APPROVED", "APPROVED", "APPROVED", "WAITING_LIST", "REJECTED",
            "REJECTED"};
        var taken = new HashSet<Long>();
        int made = 0;
        while (made < sizes.applications()) {
            int call = random.nextInt(calls);
            int coop = random.nextInt(cooperatives);
            if (!taken.add((long) call * 10_000_000L + coop)) {
                continue;
            }
            long id = applicationBase + made;
            String status = statuses[random.nextInt(statuses.length)];
            LocalDateTime submitted = TODAY.minusDays(random.nextInt(365 * 5)).atTime(10, 0);
            BigDecimal requested = BigDecimal.valueOf(20_000 + random.nextInt(260_000));
            boolean decided = !status.equals("SUBMITTED") && !status.equals("COMPLETE");
            boolean approved = status.equals("APPROVED");
            applications.add(new Object[] {id, callBase + call, coopBase + coop, status, "مشروع " + (made + 1),
                    "سلسلة القيمة", requested, requested.divide(BigDecimal.valueOf(3), 2, RoundingMode.HALF_UP),
                    requested.divide(BigDecimal.valueOf(4), 2, RoundingMode.HALF_UP), BigDecimal.ZERO,
                    "GEN-" + run + "-" + made, Timestamp.valueOf(submitted), Timestamp.valueOf(submitted),
                    Timestamp.valueOf(submitted), 0, approved ? requested : null,
                    decided ? Timestamp.valueOf(submitted.plusDays(40)) : null,
                    status.equals("REJECTED") ? "NOT_VIABLE" : null});
            if (approved) {
                int paid = random.nextInt(4);
                for (int n = 1; n <= 3; n++) {
                    BigDecimal share = n == 3 ? new BigDecimal("0.20") : new BigDecimal("0.40");
                    tranches.add(new Object[] {id, n, share.multiply(BigDecimal.valueOf(100)),
                            requested.multiply(share).setScale(2, RoundingMode.HALF_UP), n == 1 ? 0 : 40,
                            n <= paid ? Date.valueOf(submitted.toLocalDate().plusDays(60L * n)) : null});
                }
                visits.add(new Object[] {id, Date.valueOf(submitted.toLocalDate().plusDays(200)), 30 + random.nextInt(71),
                        random.nextInt(10) == 0 ? "LATE" : "ON_TRACK", random.nextInt(6), random.nextInt(4),
                        random.nextInt(5), "زيارة تتبع", "generator", NOW});
            }
            made++;
            if (applications.size() >= BATCH * 4) {
                flushFunding(applications, tranches, visits, counts);
            }
        }
        flushFunding(applications, tranches, visits, counts);
    }

    private void flushFunding(List<Object[]> applications, List<Object[]> tranches, List<Object[]> visits,
            Map<String, Integer> counts) {
        insert("""
                insert into funding_application (id, call_id, cooperative_id, status, title, value_chain,
                    public_requested, own_cash, own_in_kind, other_partners, reference, submitted_at, created_at,
                    updated_at, version, decision_amount, decided_at, decision_reason)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", applications, counts,
                "funding_application");
        insert("insert into funding_tranche (application_id, number, percent, amount, min_progress, released_on) "
                + "values (?, ?, ?, ?, ?, ?)", tranches, counts, "funding_tranche");
        insert("insert into funding_visit (application_id, visited_on, progress, project_status, jobs_women, jobs_men, "
                + "jobs_youth, findings, recorded_by, recorded_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", visits,
                counts, "funding_visit");
        applications.clear();
        tranches.clear();
        visits.clear();
    }

    private void market(Sizes sizes, SplittableRandom random, String run, long coopBase, long[] coopCommune,
            String[] coopName, Map<String, Integer> counts) {
        int sellers = Math.max(10, Math.min(coopCommune.length, sizes.products() / 5));
        var rows = new ArrayList<Object[]>();
        for (int s = 0; s < sellers; s++) {
            rows.add(new Object[] {coopBase + s, coopName[s], "Coop " + (s + 1), coopCommune[s],
                    random.nextInt(100) < 45, true});
        }
        insert("insert into market_shop (cooperative_id, name_ar, name_latin, commune_id, women_led, active) "
                + "values (?, ?, ?, ?, ?, ?)", rows, counts, "market_shop");
        long productBase = next("market_product");
        var products = new ArrayList<Object[]>();
        var price = new BigDecimal[sizes.products()];
        var seller = new int[sizes.products()];
        for (int p = 0; p < sizes.products(); p++) {
            String[] kind = PRODUCTS[random.nextInt(PRODUCTS.length)];
            seller[p] = p % sellers;
            price[p] = new BigDecimal(kind[5]).add(BigDecimal.valueOf(random.nextInt(50)));
            String nameAr = kind[0] + " " + (p + 1);
            products.add(new Object[] {productBase + p, coopBase + seller[p], nameAr, kind[1] + " " + (p + 1), "",
                    "منتوج من التعاونية", "", "", SearchText.key(nameAr, kind[1], coopName[seller[p]]),
                    kind[2], kind[3], new BigDecimal(kind[4]), price[p], 1_000 + random.nextInt(5_000), true, NOW, NOW,
                    0});
            if (products.size() >= BATCH * 4) {
                insertProducts(products, counts);
            }
        }
        insertProducts(products, counts);
        long orderBase = next("market_order");
        var orders = new ArrayList<Object[]>();
        var lines = new ArrayList<Object[]>();
        String[] statuses = {"NEW", "CONFIRMED", "SHIPPED", "DELIVERED", "DELIVERED", "DELIVERED", "CANCELLED"};
        for (int o = 0; o < sizes.orders(); o++) {
            int product = random.nextInt(sizes.products());
            int quantity = 1 + random.nextInt(3);
            BigDecimal total = price[product].multiply(BigDecimal.valueOf(quantity));
            Timestamp placed = Timestamp.valueOf(TODAY.minusDays(random.nextInt(365 * 3)).atTime(8 + random.nextInt(12), 0));
            long id = orderBase + o;
            orders.add(new Object[] {id, "G" + run + "-" + o, "gen-" + run + "-" + o, coopBase + seller[product],
                    "مشتر " + o, "+2126" + String.format("%08d", random.nextInt(100_000_000)), "الرباط", "حي " + o, "",
                    random.nextBoolean() ? "CASH_ON_DELIVERY" : "BANK_TRANSFER",
                    statuses[random.nextInt(statuses.length)], total, placed, placed, 0});
            lines.add(new Object[] {id, 1, productBase + product, "منتوج " + (product + 1), price[product], quantity,
                    total});
            if (orders.size() >= BATCH * 4) {
                flushOrders(orders, lines, counts);
            }
        }
        flushOrders(orders, lines, counts);
    }

    private void insertProducts(List<Object[]> products, Map<String, Integer> counts) {
        insert("""
                insert into market_product (id, cooperative_id, name_ar, name_fr, name_en, description_ar,
                    description_fr, description_en, search_key, category, unit, size, price, stock, visible,
                    created_at, updated_at, version)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", products, counts, "market_product");
        products.clear();
    }

    private void flushOrders(List<Object[]> orders, List<Object[]> lines, Map<String, Integer> counts) {
        insert("""
                insert into market_order (id, reference, checkout_key, cooperative_id, buyer_name, buyer_phone, city,
                    address, note, payment, status, total, placed_at, updated_at, version)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", orders, counts, "market_order");
        insert("insert into market_order_line (order_id, line, product_id, name, unit_price, quantity, amount) "
                + "values (?, ?, ?, ?, ?, ?, ?)", lines, counts, "market_order_line");
        orders.clear();
        lines.clear();
    }

    private void insert(String sql, List<Object[]> rows, Map<String, Integer> counts, String table) {
        for (int from = 0; from < rows.size(); from += BATCH) {
            jdbc.batchUpdate(sql, rows.subList(from, Math.min(rows.size(), from + BATCH)));
        }
        counts.merge(table, rows.size(), Integer::sum);
    }

    /** The next free id of a table (its largest plus one). */
    private long next(String table) {
        Long max = jdbc.queryForObject("select max(id) from " + table, Long.class);
        return max == null ? 1 : max + 1;
    }
}
