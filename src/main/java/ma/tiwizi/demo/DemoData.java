package ma.tiwizi.demo;

import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import javax.imageio.ImageIO;
import lombok.RequiredArgsConstructor;
import ma.tiwizi.accounts.AccountDirectory;
import ma.tiwizi.administration.register.MemberForm;
import ma.tiwizi.administration.register.MemberRegister;
import ma.tiwizi.bizplan.BusinessPlans;
import ma.tiwizi.bizplan.engine.PlanInput;
import ma.tiwizi.market.Category;
import ma.tiwizi.market.ProductForm;
import ma.tiwizi.market.Products;
import ma.tiwizi.market.Unit;
import ma.tiwizi.platform.Role;
import ma.tiwizi.platform.TiwiziPrincipal;
import ma.tiwizi.platform.TiwiziProperties;
import ma.tiwizi.registry.CooperativeForm;
import ma.tiwizi.registry.CooperativeRegistry;
import ma.tiwizi.registry.LegalForm;
import ma.tiwizi.registry.Sector;
import ma.tiwizi.registry.Sex;
import ma.tiwizi.territory.Commune;
import ma.tiwizi.territory.CommuneDirectory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Fills an empty database with 50 fictional cooperatives, a business plan for the first one, and the demo accounts {@code admin}, {@code reviewer},
 * {@code trainer} and {@code coop}. Runs only in demo mode ({@code tiwizi.demo.enabled}) and only when there is
 * neither a cooperative nor an account yet, so it can never touch real data. Deterministic: the same seed every time.
 */
@Component
@Order(10)
@RequiredArgsConstructor
class DemoData implements ApplicationRunner {

    static final int COOPERATIVES = 50;
    private static final Logger log = LoggerFactory.getLogger(DemoData.class);

    private static final String[][] WORDS = {{"النور", "Annour"}, {"الأمل", "Al Amal"}, {"الخير", "Al Khair"},
            {"تيويزي", "Tiwizi"}, {"الفتح", "Al Fath"}, {"النجاح", "Annajah"}, {"الوحدة", "Al Wahda"},
            {"تافوكت", "Tafoukt"}, {"أمان", "Aman"}, {"البركة", "Al Baraka"}, {"إيمان", "Imane"},
            {"الإخلاص", "Al Ikhlas"}, {"تودرت", "Toudert"}};

    private static final String[][] SECTOR_WORDS = {{"للزعفران", "Safran"}, {"لإنتاج زيت أركان", "Argan"},
            {"لزيت الزيتون", "Huile d'Olive"}, {"لتربية النحل", "Apiculture"}, {"للتمور", "Dattes"},
            {"للصناعة التقليدية", "Artisanat"}, {"للنسيج", "Tissage"}, {"للحليب ومشتقاته", "Lait"},
            {"للنباتات العطرية والطبية", "Plantes Aromatiques"}, {"للسياحة القروية", "Tourisme Rural"},
            {"للخدمات الرقمية", "Services Numériques"}, {"متعددة الأنشطة", "Polyvalente"}};

    private static final String[] WOMEN = {"فاطمة أيت علي", "عائشة بوزيد", "خديجة أوبلا", "مريم الحسني",
            "زينب إدبلقاسم", "حليمة أيت باها", "سعيدة أمزيل", "نعيمة الكبيري"};
    private static final String[] MEN = {"محمد أوعلي", "الحسين أيت بها", "عبد الله إدحمو", "إبراهيم أمغار",
            "يوسف بوتكيوت", "الحسن أوحماد"};

    private final TiwiziProperties properties;
    private final CooperativeRegistry registry;
    private final AccountDirectory accounts;
    private final CommuneDirectory communes;
    private final BusinessPlans plans;
    private final Products products;
    private final MemberRegister members;

    @Override
    public void run(ApplicationArguments args) {
        if (!properties.demo().enabled() || registry.count() > 0 || accounts.any()) {
            return;
        }
        var system = new TiwiziPrincipal(0, "demo", "", "Demo", Role.ADMIN, null, true, true);
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(system, null, system.getAuthorities()));
        try {
            long first = -1;
            var ids = new ArrayList<Long>();
            for (CooperativeForm form : cooperatives(communes.all(), LocalDate.now())) {
                long id = registry.register(form);
                first = first < 0 ? id : first;
                ids.add(id);
            }
            shops(ids);
            founders(first);
            SecurityContextHolder.getContext().setAuthentication(
                    UsernamePasswordAuthenticationToken.authenticated(system, null, system.getAuthorities()));
            plans.create(first, "قاعة تجفيف وتلفيف الزعفران", demoPlan());
            String password = properties.demo().password();
            accounts.openInitial("admin", "مسؤولة اللجنة الإقليمية", password, Role.ADMIN, null);
            accounts.openInitial("reviewer", "عضو اللجنة التقنية", password, Role.REVIEWER, null);
            accounts.openInitial("trainer", "مكون شريك", password, Role.TRAINER, null);
            accounts.openInitial("coop", "رئيسة التعاونية", password, Role.COOP, first);
            log.info("Demo data loaded: {} cooperatives; accounts admin, reviewer, trainer, coop (password {})",
                    COOPERATIVES, password);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private static final Object[][] PRODUCTS = {
        {"زعفران تالوين", "Safran de Taliouine", "Taliouine saffron", Category.SAFFRON, "1", Unit.G, "95", new Color(196, 30, 58)},
        {"زيت أركان غذائي", "Huile d’argan alimentaire", "Culinary argan oil", Category.ARGAN_OIL, "250", Unit.ML, "180", new Color(201, 146, 42)},
        {"عسل الزعتر", "Miel de thym", "Thyme honey", Category.HONEY, "500", Unit.G, "150", new Color(230, 170, 30)},
        {"أملو باللوز", "Amlou aux amandes", "Almond amlou", Category.AMLOU, "250", Unit.G, "75", new Color(140, 90, 50)},
        {"كسكس الشعير", "Couscous d’orge", "Barley couscous", Category.COUSCOUS_CEREALS, "1", Unit.KG, "40", new Color(210, 190, 140)},
        {"زربية يدوية صغيرة", "Petit tapis tissé main", "Small hand-woven rug", Category.CRAFTS, "1", Unit.PIECE, "650", new Color(150, 40, 60)},
    };

    /** The first twelve cooperatives open their shop with two products each, each with a plain picture. */
    private void shops(List<Long> cooperatives) {
        for (int i = 0; i < Math.min(12, cooperatives.size()); i++) {
            long cooperative = cooperatives.get(i);
            var president = new TiwiziPrincipal(0, "demo-coop", "", "Demo", Role.COOP, cooperative, true, true);
            SecurityContextHolder.getContext().setAuthentication(
                    UsernamePasswordAuthenticationToken.authenticated(president, null, president.getAuthorities()));
            for (int j = 0; j < 2; j++) {
                Object[] p = PRODUCTS[(i + j * 3) % PRODUCTS.length];
                long id = products.create(new ProductForm((String) p[0], (String) p[1], (String) p[2],
                        "منتوج التعاونية، من الحقل إلى العبوة.", "Produit de la coopérative, du champ au flacon.",
                        "The cooperative’s product, from field to jar.", (Category) p[3],
                        (Unit) p[5], new BigDecimal((String) p[4]), new BigDecimal((String) p[6]),
                        5 + i, true, "L" + (2026_000 + i), null, null));
                products.addPhoto(id, "demo.jpg", picture((Color) p[7]));
            }
        }
    }

    private static final Object[][] FOUNDERS = {
        {"فاطمة أيت علي", "F", 1968, "JB123456", 10}, {"عائشة بودرار", "F", 1975, "JB234567", 5},
        {"خديجة أوحماد", "F", 1996, "J345678", 4}, {"مليكة أزناك", "F", 2001, null, 3},
        {"حسن أوبلا", "M", 1972, "JB456789", 3},
    };

    /** The first cooperative (the demo president's) keeps its member register: its five founders. */
    private void founders(long cooperative) {
        var president = new TiwiziPrincipal(0, "demo-coop", "", "Demo", Role.COOP, cooperative, true, true);
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(president, null, president.getAuthorities()));
        LocalDate joined = registry.get(cooperative).createdOn();
        for (Object[] f : FOUNDERS) {
            int shares = (Integer) f[4];
            members.admit(new MemberForm((String) f[0], (String) f[3], MemberForm.Sex.valueOf((String) f[1]),
                    (Integer) f[2], "دوار أيت سمك، تالوين", "فلاحة", joined, shares, new BigDecimal("100"),
                    new BigDecimal(25 * shares)));
        }
    }

    /** A plain picture in the product's colour, for demo shops. */
    private static byte[] picture(Color colour) {
        var image = new BufferedImage(800, 600, BufferedImage.TYPE_INT_RGB);
        var g = image.createGraphics();
        g.setPaint(new GradientPaint(0, 0, colour, 800, 600, colour.brighter()));
        g.fillRect(0, 0, 800, 600);
        g.dispose();
        var out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "jpg", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** A saffron drying room: a plan a committee would fund, with a small loan. */
    static PlanInput demoPlan() {
        return new PlanInput(5,
                List.of(new PlanInput.Product("زعفران تالوين", "g", new BigDecimal("35"), new BigDecimal("15000"),
                        new BigDecimal("8"), new BigDecimal("9"), null)),
                List.of(new PlanInput.FixedCost("أجور عاملتين", PlanInput.FixedCostKind.SALARIES,
                                new BigDecimal("72000"), new BigDecimal("3"), 2),
                        new PlanInput.FixedCost("كهرباء وماء", PlanInput.FixedCostKind.UTILITIES,
                                new BigDecimal("12000"), new BigDecimal("2"), null),
                        new PlanInput.FixedCost("تسويق ومعارض", PlanInput.FixedCostKind.MARKETING,
                                new BigDecimal("15000"), BigDecimal.ZERO, null)),
                List.of(new PlanInput.Investment("مجفف كهربائي وتجهيزات التلفيف", new BigDecimal("180000"), 0, 8,
                        new BigDecimal("20000"))),
                new PlanInput.WorkingCapital(30, 90, 15),
                new PlanInput.Financing(new BigDecimal("120000"), new BigDecimal("50000"), new BigDecimal("30000"),
                        new PlanInput.Loan(new BigDecimal("40000"), new BigDecimal("6"), 4, 1,
                                PlanInput.Repayment.ANNUITY)),
                new BigDecimal("20"), 2, new BigDecimal("8"));
    }

    /** Fifty cooperatives, the same ones every time, spread over communes, sectors and leaderships. */
    static List<CooperativeForm> cooperatives(List<Commune> communes, LocalDate today) {
        var random = new Random(2026);
        Sector[] sectors = Sector.values();
        return IntStream.range(0, COOPERATIVES).mapToObj(i -> {
            Sector sector = sectors[i % sectors.length];
            Commune commune = communes.get((i * 7) % communes.size());
            String[] word = WORDS[i % WORDS.length];
            String[] sectorWord = SECTOR_WORDS[sector.ordinal()];
            String communeAr = commune.nameAr() == null ? commune.nameFr() : commune.nameAr();
            boolean women = i % 3 != 2;
            int womenMembers = women ? 7 + random.nextInt(25) : random.nextInt(6);
            int menMembers = women ? random.nextInt(4) : 5 + random.nextInt(20);
            int birthYear = today.getYear() - (24 + random.nextInt(35));
            LocalDate created = today.minusDays(200 + random.nextInt(365 * 12));
            String president = women ? WOMEN[i % WOMEN.length] : MEN[i % MEN.length];
            return new CooperativeForm(
                    "تعاونية " + word[0] + " " + sectorWord[0] + " " + communeAr,
                    "Coopérative " + word[1] + " " + sectorWord[1] + " " + commune.nameFr(),
                    i % 17 == 16 ? LegalForm.UNION : LegalForm.COOPERATIVE,
                    String.format("TRD-%d-%03d", created.getYear(), i + 1),
                    created,
                    i % 4 == 0 ? "" : String.format("%09d%04d%02d", 1_000_000 + i * 7919, 0, i % 97),
                    commune.id(), sector, "", String.format("06%08d", 10_000_000 + i * 104_729 % 89_999_999), "",
                    president, women ? Sex.F : Sex.M, birthYear, womenMembers, menMembers,
                    random.nextInt(womenMembers + 1), random.nextInt(menMembers + 1), null);
        }).toList();
    }
}
