package ma.tiwizi.market;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import lombok.RequiredArgsConstructor;
import ma.tiwizi.market.shops.MarketRefused;
import ma.tiwizi.market.shops.Shops;
import ma.tiwizi.market.shops.Texts;
import ma.tiwizi.platform.Audited;
import ma.tiwizi.platform.ConflictException;
import ma.tiwizi.platform.CooperativeOnly;
import ma.tiwizi.platform.CurrentUser;
import ma.tiwizi.platform.NotFoundException;
import ma.tiwizi.platform.PageOf;
import ma.tiwizi.platform.Queries;
import ma.tiwizi.platform.files.DocumentStore;
import ma.tiwizi.platform.files.ImageResizer;
import ma.tiwizi.platform.files.UploadCheck;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A cooperative's products and their photos. Only the cooperative manages its own. Photos are re-encoded on the server
 * into the three widths pages need, which also drops every metadata block (GPS position included).
 */
@Service
@RequiredArgsConstructor
public class Products {

    private static final Queries SQL = Queries.of("market");

    /** The largest photo accepted, before resizing. */
    public static final int MAX_PHOTO_BYTES = 8 * 1024 * 1024;
    public static final int MAX_PHOTOS = 6;
    /** Widths of the stored sizes: a list thumbnail, a phone-wide picture, a large one. */
    static final int[] WIDTHS = {320, 640, 1200};

    private final JdbcClient jdbc;
    private final Shops shops;
    private final DocumentStore store;
    private final ImageResizer images;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    public record Product(long id, long cooperativeId, String nameAr, String nameFr, String nameEn,
            String descriptionAr, String descriptionFr, String descriptionEn, Category category, Unit unit,
            BigDecimal size, BigDecimal price, int stock, boolean visible, String lot, LocalDate harvestedOn,
            int version, Long photo) {

        public String name(Locale locale) {
            return Texts.inLanguage(locale, nameAr, nameFr, nameEn);
        }

        public String description(Locale locale) {
            return Texts.inLanguage(locale, descriptionAr, descriptionFr, descriptionEn);
        }

        public ProductForm form() {
            return new ProductForm(nameAr, nameFr, nameEn, descriptionAr, descriptionFr, descriptionEn, category, unit,
                    size, price, stock, visible, lot, harvestedOn, version);
        }
    }

    public record Photo(long id, int width, int height) {
    }

    static Product map(ResultSet rs) throws SQLException {
        return new Product(rs.getLong("id"), rs.getLong("cooperative_id"), rs.getString("name_ar"),
                rs.getString("name_fr"), rs.getString("name_en"), rs.getString("description_ar"),
                rs.getString("description_fr"), rs.getString("description_en"),
                Category.valueOf(rs.getString("category")), Unit.valueOf(rs.getString("unit")), rs.getBigDecimal("size"),
                rs.getBigDecimal("price"), rs.getInt("stock"), rs.getBoolean("visible"), rs.getString("lot"),
                rs.getObject("harvested_on", LocalDate.class), rs.getInt("version"),
                (Long) rs.getObject("photo", Long.class));
    }

    @Transactional
    @CooperativeOnly
    public long create(ProductForm form) {
        long cooperative = CurrentUser.require().cooperativeId();
        shops.ensure(cooperative);
        var keys = new GeneratedKeyHolder();
        columns(jdbc.sql(SQL.get("Products.create")), form)
                .param("c", cooperative).update(keys, "id");
        long id = keys.getKeyAs(Long.class);
        shops.reindex(id);
        events.publishEvent(Audited.by("create", "product", id, form.nameFr() + " " + form.nameAr()));
        return id;
    }

    @Transactional
    @PreAuthorize("@marketAccess.ownsProduct(#id)")
    public void update(long id, ProductForm form) {
        load(id);
        int updated = columns(jdbc.sql(SQL.get("Products.update")), form).param("id", id)
                .param("version", form.version() == null ? -1 : form.version()).update();
        if (updated == 0) {
            throw new ConflictException("platform.error.stale", null);
        }
        shops.reindex(id);
        events.publishEvent(Audited.by("update", "product", id, form.nameFr() + " " + form.nameAr()));
    }

    /** The cooperative's own product, for editing. */
    @PreAuthorize("@marketAccess.ownsProduct(#id)")
    @Transactional(readOnly = true)
    public Product own(long id) {
        return load(id);
    }

    private Product load(long id) {
        return find(id).orElseThrow(() -> new NotFoundException("product", id));
    }

    @CooperativeOnly
    @Transactional(readOnly = true)
    public PageOf<Product> mine(int page) {
        long cooperative = CurrentUser.require().cooperativeId();
        int size = PageOf.DEFAULT_SIZE;
        long total = jdbc.sql(SQL.get("Products.count"))
                .param("c", cooperative).query(Long.class).single();
        var items = jdbc.sql(SQL.get("Products.page")).param("c", cooperative).param("size", size)
                .param("off", PageOf.offset(page, size)).query((rs, n) -> map(rs)).list();
        return new PageOf<>(items, page, size, total);
    }

    /** The cooperative's products to choose from in a list (at most 500, by name). */
    @CooperativeOnly
    @Transactional(readOnly = true)
    public List<Product> choices() {
        long cooperative = CurrentUser.require().cooperativeId();
        return jdbc.sql(SQL.get("Products.choices")).param("c", cooperative).query((rs, n) -> map(rs))
                .list();
    }

    public Optional<Product> find(long id) {
        return jdbc.sql(SQL.get("Products.find")).param("id", id)
                .query((rs, n) -> map(rs)).optional();
    }

    @Transactional(readOnly = true)
    public List<Photo> photos(long productId) {
        return jdbc.sql(SQL.get("Products.photos"))
                .param("p", productId).query(Photo.class).list();
    }

    /**
     * Adds a photo. Refused, storing nothing, when it is too large, not an image, or one too many; otherwise kept in
     * three widths as JPEG, without the original's metadata. Not one transaction: no database connection is held while
     * the photo waits for its turn to be decoded.
     */
    @Transactional
    @PreAuthorize("@marketAccess.ownsProduct(#productId)")
    public void addPhoto(long productId, String filename, byte[] content) {
        load(productId);
        var refusal = UploadCheck.refusal(filename, content, MAX_PHOTO_BYTES, images.maxPixels());
        if (refusal.isPresent()) {
            throw new MarketRefused(refusal.get().messageKey(), "photo", refusal.get().arguments());
        }
        if (UploadCheck.kind(content).filter(kind -> kind != UploadCheck.Kind.PDF).isEmpty()) {
            throw new MarketRefused("market.error.notAnImage", "photo");
        }
        if (photos(productId).size() >= MAX_PHOTOS) {
            throw new MarketRefused("market.error.tooManyPhotos", "photo", MAX_PHOTOS);
        }
        List<ImageResizer.Resized> sizes;
        try {
            sizes = images.resize(content, WIDTHS);
        } catch (ImageResizer.Refused refused) {
            throw new MarketRefused(refused.messageKey().equals("platform.upload.badImage") ? "market.error.notAnImage"
                    : refused.messageKey(), "photo", refused.arguments());
        }
        String[] keys = new String[WIDTHS.length];
        for (int i = 0; i < WIDTHS.length; i++) {
            keys[i] = store.put(sizes.get(i).bytes());
        }
        int largeWidth = sizes.get(WIDTHS.length - 1).width();
        int largeHeight = sizes.get(WIDTHS.length - 1).height();
        jdbc.sql(SQL.get("Products.addPhoto")).param("p", productId).param("small", keys[0])
                .param("medium", keys[1]).param("large", keys[2]).param("w", largeWidth).param("h", largeHeight)
                .update();
        events.publishEvent(Audited.by("photo", "product", productId, keys[2]));
    }

    @Transactional
    @PreAuthorize("@marketAccess.ownsProduct(#productId)")
    public void removePhoto(long productId, long photoId) {
        load(productId);
        jdbc.sql(SQL.get("Products.removePhoto")).param("id", photoId)
                .param("p", productId).update();
    }

    /** A stored photo in one of its sizes; photos of hidden products only for their cooperative. */
    public byte[] photo(long photoId, String size) {
        var row = jdbc.sql(SQL.get("Products.photo")).param("id", photoId)
                .query((rs, n) -> new Object[] {rs.getString(1), rs.getString(2), rs.getString(3),
                        rs.getBoolean(4), rs.getLong(5)}).optional()
                .orElseThrow(() -> new NotFoundException("photo", photoId));
        if (!(Boolean) row[3] && CurrentUser.find().map(u -> !u.ownsCooperative((Long) row[4])).orElse(true)) {
            throw new NotFoundException("photo", photoId);
        }
        String key = switch (size) {
            case "small" -> (String) row[0];
            case "medium" -> (String) row[1];
            case "large" -> (String) row[2];
            default -> throw new NotFoundException("photo size", size);
        };
        return store.get(key).orElseThrow(() -> new NotFoundException("photo", photoId));
    }

    private JdbcClient.StatementSpec columns(JdbcClient.StatementSpec statement, ProductForm form) {
        return statement.param("nameAr", strip(form.nameAr())).param("nameFr", strip(form.nameFr()))
                .param("nameEn", strip(form.nameEn())).param("descriptionAr", strip(form.descriptionAr()))
                .param("descriptionFr", strip(form.descriptionFr()))
                .param("descriptionEn", strip(form.descriptionEn())).param("category", form.category().name())
                .param("unit", form.unit().name()).param("size", form.size()).param("price", form.price())
                .param("stock", form.stock()).param("visible", form.visible()).param("lot", blankToNull(form.lot()))
                .param("harvestedOn", form.harvestedOn() == null ? null : Date.valueOf(form.harvestedOn()))
                .param("now", Timestamp.from(clock.instant()));
    }

    private static String strip(String s) {
        return s == null ? "" : s.strip();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
