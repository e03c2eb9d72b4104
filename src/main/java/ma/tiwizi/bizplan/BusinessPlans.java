package ma.tiwizi.bizplan;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import lombok.RequiredArgsConstructor;
import ma.tiwizi.bizplan.engine.BusinessPlanEngine;
import ma.tiwizi.bizplan.engine.Evaluation;
import ma.tiwizi.bizplan.engine.PlanInput;
import ma.tiwizi.bizplan.engine.Thresholds;
import ma.tiwizi.platform.AdminOnly;
import ma.tiwizi.platform.Audited;
import ma.tiwizi.platform.ConflictException;
import ma.tiwizi.platform.CurrentUser;
import ma.tiwizi.platform.NotFoundException;
import ma.tiwizi.platform.Queries;
import ma.tiwizi.registry.CooperativeRegistry;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * A cooperative's business plans, each kept in numbered versions. ADMIN and the cooperative itself write and read;
 * other staff read only the plans their work needs ({@link PlanReadingRight}); no other cooperative sees them.
 */
@Service
@RequiredArgsConstructor
public class BusinessPlans {

    private static final Queries SQL = Queries.of("bizplan");

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final CooperativeRegistry registry;
    private final PlanAccess access;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final BusinessPlanEngine engine = new BusinessPlanEngine();

    public record PlanSummary(long id, long cooperativeId, String title, int latestVersion, Instant createdAt) {
    }

    /** One saved version of a plan, with the assumptions it holds. */
    public record PlanVersion(long planId, long cooperativeId, String title, int number, int latestVersion,
            PlanInput input, Instant createdAt, String createdBy) {
        public boolean latest() {
            return number == latestVersion;
        }
    }

    @Transactional
    @PreAuthorize("@access.editsCooperative(#cooperativeId)")
    public long create(long cooperativeId, String title, PlanInput input) {
        registry.get(cooperativeId);
        Instant now = clock.instant();
        var keys = new GeneratedKeyHolder();
        jdbc.sql(SQL.get("BusinessPlans.create"))
                .param("coop", cooperativeId).param("title", title.strip()).param("now", Timestamp.from(now))
                .param("by", CurrentUser.username()).update(keys, "id");
        long id = keys.getKeyAs(Long.class);
        insertVersion(id, 1, input, now);
        events.publishEvent(Audited.by("create", "business-plan", id, title.strip()));
        return id;
    }

    /** Saves the assumptions as the next version; refused when someone saved another version in between. */
    @Transactional
    @PreAuthorize("@planAccess.writes(#planId)")
    public int saveVersion(long planId, PlanInput input, int basedOnVersion) {
        var plan = summary(planId);
        registry.get(plan.cooperativeId());
        int next = basedOnVersion + 1;
        int claimed = jdbc.sql(SQL.get("BusinessPlans.saveVersion"))
                .param("next", next).param("id", planId).param("base", basedOnVersion).update();
        if (claimed == 0) {
            throw new ConflictException("platform.error.stale", null);
        }
        insertVersion(planId, next, input, clock.instant());
        events.publishEvent(Audited.by("update", "business-plan", planId, plan.title() + " v" + next));
        return next;
    }

    /** The plans of a cooperative the signed-in user may read, newest first. */
    @Transactional(readOnly = true)
    public List<PlanSummary> ofCooperative(long cooperativeId) {
        registry.get(cooperativeId);
        var all = jdbc.sql(SQL.get("BusinessPlans.ofCooperative"))
                .param("coop", cooperativeId).query(PlanSummary.class).list();
        if (all.isEmpty()) {
            return all;
        }
        var readable = access.readable(CurrentUser.require(), cooperativeId, all.stream().map(PlanSummary::id)
                .toList());
        return all.stream().filter(plan -> readable.contains(plan.id())).toList();
    }

    /** A version of a plan (the latest when {@code number} is null), if the signed-in user may read it. */
    @PreAuthorize("@planAccess.reads(#planId)")
    @Transactional(readOnly = true)
    public PlanVersion version(long planId, Integer number) {
        var plan = summary(planId);
        registry.get(plan.cooperativeId());
        int wanted = number == null ? plan.latestVersion() : number;
        return jdbc.sql(SQL.get("BusinessPlans.version"))
                .param("id", planId).param("n", wanted)
                .query((rs, i) -> new PlanVersion(planId, plan.cooperativeId(), plan.title(), wanted,
                        plan.latestVersion(), json.readValue(rs.getString("input"), PlanInput.class),
                        rs.getTimestamp("created_at").toInstant(), rs.getString("created_by")))
                .optional().orElseThrow(() -> new NotFoundException("business plan version", planId + "/" + wanted));
    }

    public boolean canWrite(long cooperativeId) {
        return CurrentUser.require().canEdit(cooperativeId);
    }

    @Transactional(readOnly = true)
    public Evaluation evaluate(PlanInput input) {
        return engine.evaluate(input, thresholds());
    }

    @Transactional(readOnly = true)
    public Thresholds thresholds() {
        return jdbc.sql(SQL.get("BusinessPlans.thresholds"))
                .query((rs, i) -> new Thresholds(rs.getBigDecimal(1), rs.getBigDecimal(2),
                        rs.getBoolean(3), (Integer) rs.getObject(4, Integer.class))).single();
    }

    @Transactional
    @AdminOnly
    public void changeThresholds(Thresholds thresholds) {
        jdbc.sql(SQL.get("BusinessPlans.changeThresholds"))
                .param("dscr", thresholds.minDscr()).param("cash", thresholds.minCash())
                .param("npv", thresholds.requirePositiveNpv()).param("payback", thresholds.maxPaybackYears())
                .param("now", Timestamp.from(clock.instant())).param("by", CurrentUser.username()).update();
        events.publishEvent(Audited.by("update", "bizplan-thresholds", 1, "DSCR " + thresholds.minDscr()
                + ", cash " + thresholds.minCash() + ", NPV>=0 " + thresholds.requirePositiveNpv()));
    }

    private void insertVersion(long planId, int number, PlanInput input, Instant now) {
        jdbc.sql(SQL.get("BusinessPlans.insertVersion"))
                .param("plan", planId).param("n", number).param("input", json.writeValueAsString(input))
                .param("now", Timestamp.from(now)).param("by", CurrentUser.username()).update();
    }

    private PlanSummary summary(long planId) {
        return jdbc.sql(SQL.get("BusinessPlans.summary"))
                .param("id", planId).query(PlanSummary.class).optional()
                .orElseThrow(() -> new NotFoundException("business plan", planId));
    }
}
