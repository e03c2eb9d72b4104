package ma.tiwizi.market.storefront;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Ticker;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import ma.tiwizi.market.Category;
import ma.tiwizi.market.Products;
import ma.tiwizi.market.Unit;
import ma.tiwizi.market.labels.LabelKind;
import ma.tiwizi.market.labels.Labels;
import ma.tiwizi.market.shops.Shops;
import ma.tiwizi.market.shops.Texts;
import ma.tiwizi.platform.PageOf;
import ma.tiwizi.platform.Queries;
import ma.tiwizi.platform.text.CloseSpellings;
import ma.tiwizi.platform.text.SearchText;
import ma.tiwizi.registry.CooperativeRegistry;
import ma.tiwizi.registry.PublicProfile;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the public storefront reads: the home page, search with filters, product pages and brand pages. Only visible
 * products of active cooperatives, and only verified labels, are ever shown.
 */
@Service
public class Storefront {

    private static final Queries SQL = Queries.of("market");

    public static final int PAGE_SIZE = 24;
    /** Search results are counted up to this many. */
    public static final int COUNT_LIMIT = 1000;

    private final JdbcClient jdbc;
    private final Products products;
    private final Shops shops;
    private final Labels labels;
    private final CooperativeRegistry registry;

    private final Duration homeFor;
    private final Duration pageFor;
    private final Cache<Long, Optional<ProductPage>> pages;
    private final Cache<Searched, PageOf<Card>> searches;
    private final Cache<Boolean, Home> home;

    private final CloseSpellings closeSpellings;

    Storefront(JdbcClient jdbc, Products products, Shops shops, Labels labels, CooperativeRegistry registry,
            @Value("${tiwizi.market.home-cache:PT1M}")
            Duration homeFor,
            @Value("${tiwizi.market.page-cache:PT5S}")
            Duration pageFor, Clock clock, CloseSpellings closeSpellings) {
        this.closeSpellings = closeSpellings;
        this.homeFor = homeFor;
        this.pageFor = pageFor;
        // the caches read the application's clock, so that tests can move time
        Ticker ticker = () -> {
            var now = clock.instant();
            return now.getEpochSecond() * 1_000_000_000L + now.getNano();
        };
        this.home = Caffeine.newBuilder().ticker(ticker).expireAfterWrite(homeFor).maximumSize(1).build();
        this.pages = Caffeine.newBuilder().ticker(ticker).expireAfterWrite(pageFor).maximumSize(MAX_CACHED).build();
        this.searches = Caffeine.newBuilder().ticker(ticker).expireAfterWrite(pageFor).maximumSize(MAX_CACHED)
                .build();
        this.jdbc = jdbc;
        this.products = products;
        this.shops = shops;
        this.labels = labels;
        this.registry = registry;
    }

    /** A product as a list shows it. */
    public record Card(long id, long cooperativeId, String nameAr, String nameFr, String nameEn, Category category,
            Unit unit, BigDecimal size, BigDecimal price, int stock, Long photo, String shopAr, String shopLatin) {

        public String name(Locale locale) {
            return Texts.inLanguage(locale, nameAr, nameFr, nameEn);
        }

        public String shop(Locale locale) {
            return "ar".equals(locale.getLanguage()) ? shopAr : shopLatin;
        }
    }

    /** What a shopper searches for; every part is optional. */
    public record Query(String text, Category category, Long commune, LabelKind label, boolean womenLed) {

        public static Query everything() {
            return new Query(null, null, null, null, false);
        }
    }

    public record ShopCard(long cooperativeId, String nameAr, String nameLatin, long communeId, boolean womenLed,
            int products) {
        public String name(Locale locale) {
            return "ar".equals(locale.getLanguage()) ? nameAr : nameLatin;
        }
    }

    public record Home(List<Card> featured, List<ShopCard> shops, Map<Category, Integer> categories) {
    }

    public record ProductPage(Products.Product product, Shops.Shop shop, PublicProfile profile,
            List<Products.Photo> photos, List<Labels.Label> labels) {
    }

    public record BrandPage(Shops.Shop shop, PublicProfile profile, List<Labels.Label> labels, PageOf<Card> products) {
    }

    /**
     * The home page's figures, computed at most once a minute (they group every product, and the home page is the most
     * visited one); a new product shows there within that minute.
     */
    public Home home() {
        return homeFor.isZero() ? computeHome() : home.get(Boolean.TRUE, only -> computeHome());
    }

    private Home computeHome() {
        var featured = jdbc.sql(SQL.get("Storefront.featured")).query(Card.class).list();
        if (featured.size() < 8) {
            var more = new ArrayList<>(featured);
            jdbc.sql(SQL.get("Storefront.newest")).query(Card.class).list().stream()
                    .filter(c -> featured.stream().noneMatch(f -> f.id() == c.id())).limit(8 - featured.size())
                    .forEach(more::add);
            return new Home(more, shopCards(), categories());
        }
        return new Home(featured, shopCards(), categories());
    }

    private List<ShopCard> shopCards() {
        return jdbc.sql(SQL.get("Storefront.shopCards")).query(ShopCard.class).list();
    }

    private Map<Category, Integer> categories() {
        var counts = new EnumMap<Category, Integer>(Category.class);
        jdbc.sql(SQL.get("Storefront.categories"))
                .query(rs -> {
                    counts.put(Category.valueOf(rs.getString(1)), rs.getInt(2));
                });
        return counts;
    }

    /**
     * A page of the products matching {@code query}. A search is kept a few seconds, as product pages are: shoppers
     * ask the same ones (a category, a word from the home page) far more often than products change.
     */
    @Transactional(readOnly = true)
    public PageOf<Card> search(Query query, int page) {
        if (pageFor.isZero()) {
            return searchNow(query, page);
        }
        return searches.get(new Searched(query, page), searched -> searchNow(searched.query(), searched.page()));
    }

    private record Searched(Query query, int page) {
    }

    private PageOf<Card> searchNow(Query query, int page) {
        var terms = SearchText.terms(query.text());
        var found = search(query, terms, page, false);
        if (found.total() == 0 && closeSpellings.worthTrying(terms)) {
            found = search(query, terms, page, true);
        }
        return found;
    }

    /** One search; {@code close} also accepts words spelt close to those typed. */
    private PageOf<Card> search(Query query, List<String> terms, int page, boolean close) {
        var words = new ArrayList<String>();
        var params = new HashMap<String, Object>();
        int i = 0;
        for (String term : terms) {
            words.add(close ? CloseSpellings.condition("p.search_key", "t" + i, term)
                    : SearchText.wordCondition("p.search_key", "t" + i, term));
            params.put("t" + i, SearchText.stem(term));
            params.putAll(SearchText.wordParameters("t" + i++, term));
        }
        params.put("category", query.category() == null ? "" : query.category().name());
        params.put("everyCommune", query.commune() == null);
        params.put("commune", query.commune() == null ? -1L : query.commune());
        params.put("womenLed", query.womenLed());
        params.put("label", query.label() == null ? "" : query.label().name());
        String matching = SQL.get("Storefront.matching").replace("{words}", words.isEmpty() ? "true"
                : String.join(" and ", words));
        // counting stops past a thousand: "more than 1,000" is all a shopper needs, and it keeps broad searches fast
        long total = jdbc.sql(SQL.get("Storefront.search.count").replace("{matching}", matching)).params(params)
                .param("countLimit", COUNT_LIMIT + 1).query(Long.class).single();
        var items = jdbc.sql(SQL.get("Storefront.search").replace("{matching}", matching)).params(params)
                .param("size", PAGE_SIZE).param("off", PageOf.offset(page, PAGE_SIZE)).query(Card.class).list();
        return new PageOf<>(items, page, PAGE_SIZE, total);
    }

    /** Product pages, and searches, kept at most this many at once (the least used leave first). */
    private static final int MAX_CACHED = 10_000;

    /**
     * A visible product of an active cooperative, with its photos and the verified labels that cover it. Kept a few
     * seconds (product pages are read far more often than products change), so a change shows within that time;
     * checkout always reads the stock itself.
     */
    @Transactional(readOnly = true)
    public Optional<ProductPage> product(long id) {
        if (pageFor.isZero()) {
            return load(id);
        }
        return pages.get(id, this::load);
    }

    private Optional<ProductPage> load(long id) {
        return products.find(id).filter(Products.Product::visible).flatMap(product -> shops
                .find(product.cooperativeId()).filter(Shops.Shop::active).map(shop -> new ProductPage(product, shop,
                        registry.publicProfile(shop.cooperativeId()).orElseThrow(), products.photos(id),
                        labels.verified(shop.cooperativeId(), id))));
    }

    public Optional<BrandPage> brand(long cooperativeId, int page) {
        return shops.find(cooperativeId).filter(Shops.Shop::active).map(shop -> {
            long total = jdbc.sql(SQL.get("Storefront.brandCount"))
                    .param("c", cooperativeId).query(Long.class).single();
            var items = jdbc.sql(SQL.get("Storefront.brandProducts"))
                    .param("c", cooperativeId).param("size", PAGE_SIZE).param("off", PageOf.offset(page, PAGE_SIZE))
                    .query(Card.class).list();
            return new BrandPage(shop, registry.publicProfile(cooperativeId).orElseThrow(),
                    labels.verifiedAnywhere(cooperativeId), new PageOf<>(items, page, PAGE_SIZE, total));
        });
    }

    /** Several products by id, as cards (for the cart), visible ones only. */
    public Map<Long, Card> cards(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        var cards = new HashMap<Long, Card>();
        jdbc.sql(SQL.get("Storefront.cards")).param("ids", ids).query(Card.class).list()
                .forEach(card -> cards.put(card.id(), card));
        return cards;
    }

    /** The public pages a search engine should know: products first, then brand pages (at most 50,000 in all). */
    public record Sitemap(List<Long> products, List<Long> shops) {
    }

    public Sitemap sitemap() {
        var products = jdbc.sql(SQL.get("Storefront.productsInSitemap")).query(Long.class).list();
        var shops = jdbc.sql(SQL.get("Storefront.shopsInSitemap")).query(Long.class).list();
        return new Sitemap(products, shops);
    }
}
