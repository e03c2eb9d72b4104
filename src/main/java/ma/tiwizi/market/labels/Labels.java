package ma.tiwizi.market.labels;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import lombok.RequiredArgsConstructor;
import ma.tiwizi.market.Products;
import ma.tiwizi.market.shops.MarketRefused;
import ma.tiwizi.market.shops.Shops;
import ma.tiwizi.platform.AdminOnly;
import ma.tiwizi.platform.Audited;
import ma.tiwizi.platform.CooperativeOnly;
import ma.tiwizi.platform.CurrentUser;
import ma.tiwizi.platform.NotFoundException;
import ma.tiwizi.platform.PageOf;
import ma.tiwizi.platform.Queries;
import ma.tiwizi.platform.files.DocumentStore;
import ma.tiwizi.platform.files.UploadCheck;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Quality labels: a cooperative claims one with a supporting document, for all its products or one of them; ADMIN
 * verifies or rejects it with a reason. Only verified labels are shown to shoppers.
 */
@Service
@RequiredArgsConstructor
public class Labels {

    private static final Queries SQL = Queries.of("market");

    public static final int MAX_DOCUMENT_BYTES = 10 * 1024 * 1024;

    public enum Status {
        CLAIMED, VERIFIED, REJECTED
    }

    private final JdbcClient jdbc;
    private final Shops shops;
    private final Products products;
    private final DocumentStore store;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    public record Label(long id, long cooperativeId, Long productId, LabelKind kind, String detail, String documentName,
            Status status, String reason, Instant claimedAt) {
    }

    private static Label map(ResultSet rs, int row) throws SQLException {
        return new Label(rs.getLong("id"), rs.getLong("cooperative_id"), (Long) rs.getObject("product_id", Long.class),
                LabelKind.valueOf(rs.getString("kind")), rs.getString("detail"), rs.getString("document_name"),
                Status.valueOf(rs.getString("status")), rs.getString("reason"),
                rs.getTimestamp("claimed_at").toInstant());
    }

    /** Claims a label; refused, storing nothing, without a readable document or a needed detail. */
    @Transactional
    @CooperativeOnly
    public long claim(LabelKind kind, String detail, Long productId, String filename, String contentType,
            byte[] document) {
        long cooperative = CurrentUser.require().cooperativeId();
        shops.ensure(cooperative);
        if (kind == null) {
            throw new MarketRefused("market.error.labelKind", "kind");
        }
        String cleanDetail = detail == null ? "" : detail.strip();
        if (kind.needsDetail() && cleanDetail.isEmpty()) {
            throw new MarketRefused("market.error.labelDetail." + kind.name(), "detail");
        }
        if (cleanDetail.length() > 200) {
            throw new MarketRefused("market.error.labelDetailLength", "detail");
        }
        if (productId != null) {
            products.own(productId);
        }
        var refusal = UploadCheck.refusal(filename, document, MAX_DOCUMENT_BYTES);
        if (refusal.isPresent()) {
            throw new MarketRefused(refusal.get().messageKey(), "document", refusal.get().arguments());
        }
        String type = UploadCheck.kind(document).orElseThrow().contentType;
        String key = store.put(document);
        var keys = new GeneratedKeyHolder();
        jdbc.sql(SQL.get("Labels.claim")).param("c", cooperative)
                .param("p", productId).param("kind", kind.name()).param("detail", cleanDetail).param("doc", key)
                .param("name", filename == null || filename.isBlank() ? "document" : filename.strip())
                .param("type", type).param("now", Timestamp.from(clock.instant())).update(keys, "id");
        long id = keys.getKeyAs(Long.class);
        events.publishEvent(Audited.by("claim", "label", id, kind.name()));
        return id;
    }

    @CooperativeOnly
    @Transactional(readOnly = true)
    public List<Label> mine() {
        long cooperative = CurrentUser.require().cooperativeId();
        return jdbc.sql(SQL.get("Labels.mine"))
                .param("c", cooperative).query(Labels::map).list();
    }

    /** The labels waiting for a decision, oldest first (ADMIN). */
    @AdminOnly
    public PageOf<Label> claimed(int page) {
        int size = PageOf.DEFAULT_SIZE;
        long total = jdbc.sql(SQL.get("Labels.claimed")).query(Long.class).single();
        var items = jdbc.sql(SQL.get("Labels.claimedPage")).param("size", size).param("off", PageOf.offset(page, size))
                .query(Labels::map).list();
        return new PageOf<>(items, page, size, total);
    }

    @Transactional
    @AdminOnly
    public void decide(long labelId, boolean verified, String reason) {
        if (!verified && (reason == null || reason.isBlank())) {
            throw new MarketRefused("market.error.rejectReason", "reason");
        }
        int updated = jdbc.sql(SQL.get("Labels.decide")).param("status", verified ? "VERIFIED" : "REJECTED")
                .param("reason", verified ? null : reason.strip()).param("now", Timestamp.from(clock.instant()))
                .param("by", CurrentUser.username()).param("id", labelId).update();
        if (updated == 0) {
            throw new MarketRefused("market.error.labelDecided", null);
        }
        events.publishEvent(Audited.by(verified ? "verify" : "reject", "label", labelId, verified ? "" : reason));
    }

    public record Document(String filename, String contentType, byte[] content) {
    }

    /** The supporting document, for ADMIN and the cooperative that claimed the label. */
    @PreAuthorize("@marketAccess.readsLabel(#labelId)")
    @Transactional(readOnly = true)
    public Document document(long labelId) {
        var row = jdbc.sql(SQL.get("Labels.document"))
                .param("id", labelId).query((rs, n) -> new Object[] {rs.getLong(1), rs.getString(2), rs.getString(3),
                        rs.getString(4)}).optional().orElseThrow(() -> new NotFoundException("label", labelId));
        byte[] content = store.get((String) row[1]).orElseThrow(() -> new NotFoundException("label", labelId));
        return new Document((String) row[2], (String) row[3], content);
    }

    /** The verified labels of a cooperative, those for a given product included when one is named. */
    @Transactional(readOnly = true)
    public List<Label> verified(long cooperativeId, Long productId) {
        return jdbc.sql(SQL.get("Labels.verified")).param("c", cooperativeId)
                .param("p", productId == null ? -1L : productId).query(Labels::map).list();
    }

    /** The verified labels of a cooperative's whole range (for its brand page). */
    public List<Label> verifiedAnywhere(long cooperativeId) {
        return jdbc.sql(SQL.get("Labels.verifiedAnywhere")).param("c", cooperativeId).query(Labels::map).list();
    }
}
