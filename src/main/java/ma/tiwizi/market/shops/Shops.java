package ma.tiwizi.market.shops;

import java.util.Locale;
import java.util.Optional;
import lombok.RequiredArgsConstructor;
import ma.tiwizi.platform.ConflictException;
import ma.tiwizi.platform.CooperativeOnly;
import ma.tiwizi.platform.CurrentUser;
import ma.tiwizi.platform.NotFoundException;
import ma.tiwizi.platform.Queries;
import ma.tiwizi.platform.text.MoroccanPhone;
import ma.tiwizi.platform.text.SearchText;
import ma.tiwizi.registry.CooperativeChanged;
import ma.tiwizi.registry.CooperativeRegistry;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Each cooperative's shop: its brand-page words and contacts, and a copy of the public facts the storefront filters on
 * (names, commune, women-led, active), refreshed whenever the registry says the cooperative changed.
 */
@Service
@RequiredArgsConstructor
public class Shops {

    private static final Queries SQL = Queries.of("market");

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;
    private final CooperativeRegistry registry;

    public record Shop(long cooperativeId, String nameAr, String nameLatin, long communeId, boolean womenLed,
            boolean active, String storyAr, String storyFr, String storyEn, String whatsapp, String bankName,
            String bankAccount, int version) {

        public String name(Locale locale) {
            return "ar".equals(locale.getLanguage()) ? nameAr : nameLatin;
        }

        /** The story in the reader's language, or in another when that one is empty. */
        public String story(Locale locale) {
            return Texts.inLanguage(locale, storyAr, storyFr, storyEn);
        }

        /** The WhatsApp link (wa.me wants the international number without "+"). */
        public String whatsappLink() {
            return whatsapp == null || whatsapp.isBlank() ? null : "https://wa.me/" + whatsapp.replace("+", "");
        }
    }

    /** The signed-in cooperative's own shop, opened on first use. */
    @Transactional
    @CooperativeOnly
    public Shop mine() {
        return ensure(CurrentUser.require().cooperativeId());
    }

    @Transactional
    @CooperativeOnly
    public void save(ShopForm form) {
        long cooperative = CurrentUser.require().cooperativeId();
        ensure(cooperative);
        int updated = jdbc.sql(SQL.get("Shops.save"))
                .param("ar", strip(form.storyAr())).param("fr", strip(form.storyFr()))
                        .param("en", strip(form.storyEn()))
                .param("whatsapp", MoroccanPhone.normalize(form.whatsapp()).orElse(null))
                .param("bank", strip(form.bankName())).param("account", strip(form.bankAccount()).replace(" ", ""))
                .param("c", cooperative).param("version", form.version() == null ? -1 : form.version()).update();
        if (updated == 0) {
            throw new ConflictException("platform.error.stale", null);
        }
    }

    /** Any shop, for the public brand page. */
    @Transactional(readOnly = true)
    public Optional<Shop> find(long cooperativeId) {
        return jdbc.sql(SQL.get("Shops.find")).param("c", cooperativeId).query(Shop.class)
                .optional();
    }

    /** Opens the shop of a cooperative from its registry entry if it has none yet. */
    @Transactional
    public Shop ensure(long cooperativeId) {
        return find(cooperativeId).orElseGet(() -> {
            var profile = registry.publicProfile(cooperativeId)
                    .orElseThrow(() -> new NotFoundException("cooperative", cooperativeId));
            jdbc.sql(SQL.get("Shops.ensure")).param("c", cooperativeId)
                    .param("ar", profile.nameAr()).param("latin", profile.nameLatin())
                    .param("commune", profile.communeId()).param("women", profile.womenLed())
                    .param("active", profile.active()).update();
            return find(cooperativeId).orElseThrow();
        });
    }

    /** Keeps the copied public facts in step with the registry (after the registry's change is committed). */
    @ApplicationModuleListener
    void on(CooperativeChanged changed) {
        registry.publicProfile(changed.cooperativeId()).ifPresent(profile -> {
            int updated = jdbc.sql(SQL.get("Shops.on")).param("ar", profile.nameAr())
                    .param("latin", profile.nameLatin())
                    .param("commune", profile.communeId()).param("women", profile.womenLed())
                    .param("active", profile.active()).param("c", profile.id()).update();
            if (updated > 0) {
                reindex("Shops.keysOfCooperative", profile.id());
            }
        });
    }

    /** Rewrites a product's search key from its names and its cooperative's names. */
    public void reindex(long productId) {
        reindex("Shops.keysOfProduct", productId);
    }

    /** Rewrites the search keys of the products the query names: one read, one batch of writes. */
    private void reindex(String query, long value) {
        var keys = jdbc.sql(SQL.get(query))
                .param("v", value)
                .query((rs, n) -> new Object[] {SearchText.key(rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getString(6)), rs.getLong(1)})
                .list();
        if (!keys.isEmpty()) {
            batch.batchUpdate(SQL.get("Shops.rekey"), keys);
        }
    }

    private static String strip(String s) {
        return s == null ? "" : s.strip();
    }
}
