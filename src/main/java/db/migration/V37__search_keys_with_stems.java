package db.migration;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import ma.tiwizi.platform.text.SearchText;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Recomputes the stored search keys of cooperatives and products with {@link SearchText#key}, which now adds the
 * light stems of Arabic words: written in Java because the stemmer is, and the keys must be exactly what the
 * application writes.
 */
public class V37__search_keys_with_stems extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws SQLException {
        Connection db = context.getConnection();
        try (var read = db.createStatement();
                var rows = read.executeQuery(
                        "select id, name_ar, name_latin, registration_number, ice from registry_cooperative");
                var write = db.prepareStatement("update registry_cooperative set search_text = ? where id = ?")) {
            while (rows.next()) {
                String ice = rows.getString(5);
                add(write, SearchText.key(rows.getString(2), rows.getString(3), rows.getString(4),
                        ice == null ? "" : ice), rows.getLong(1));
            }
            write.executeBatch();
        }
        try (var read = db.createStatement();
                var rows = read.executeQuery("""
                        select p.id, p.name_ar, p.name_fr, p.name_en, s.name_ar, s.name_latin from market_product p
                        join market_shop s on s.cooperative_id = p.cooperative_id""");
                var write = db.prepareStatement("update market_product set search_key = ? where id = ?")) {
            while (rows.next()) {
                add(write, SearchText.key(rows.getString(2), rows.getString(3), rows.getString(4), rows.getString(5),
                        rows.getString(6)), rows.getLong(1));
            }
            write.executeBatch();
        }
    }

    private static void add(PreparedStatement write, String key, long id) throws SQLException {
        write.setString(1, key);
        write.setLong(2, id);
        write.addBatch();
    }
}
