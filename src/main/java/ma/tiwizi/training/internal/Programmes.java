package ma.tiwizi.training.internal;

import java.sql.Date;
import java.sql.Time;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Locale;
import lombok.RequiredArgsConstructor;
import ma.tiwizi.accounts.AccountDirectory;
import ma.tiwizi.platform.AdminOnly;
import ma.tiwizi.platform.Audited;
import ma.tiwizi.platform.ConflictException;
import ma.tiwizi.platform.CurrentUser;
import ma.tiwizi.platform.NotFoundException;
import ma.tiwizi.platform.PageOf;
import ma.tiwizi.platform.Queries;
import ma.tiwizi.platform.Role;
import ma.tiwizi.platform.StaffOnly;
import ma.tiwizi.platform.config.Locales;
import ma.tiwizi.platform.text.SearchText;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Training programmes, the module catalogue and the sessions. ADMIN creates and schedules; a trainer is never booked
 * twice at the same time, nor is a room.
 */
@Service
@RequiredArgsConstructor
public class Programmes {

    private static final Queries SQL = Queries.of("training");

    private final JdbcClient jdbc;
    private final AccountDirectory accounts;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    public record Programme(long id, String title, LocalDate startsOn, LocalDate endsOn, String venue,
            int targetCooperatives, int sessionsRequired, List<Partner> partners) {
    }

    public record Partner(String name, String kind) {
    }

    public record Module(long id, String code, String titleAr, String titleFr, String titleEn, String objectivesAr,
            String objectivesFr, String objectivesEn, String format) {
        public String title(Locale locale) {
            return Locales.pick(locale, titleAr, titleFr, titleEn);
        }

        public String objectives(Locale locale) {
            return Locales.pick(locale, objectivesAr, objectivesFr, objectivesEn);
        }
    }

    public record Session(long id, long moduleId, long trainerId, String trainerName, LocalDate heldOn,
            LocalTime startsAt, LocalTime endsAt, String place, int capacity) {
    }

    @Transactional
    @AdminOnly
    public long create(ProgrammeForm form) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql(SQL.get("Programmes.create"))
                .param("title", form.title().strip()).param("starts", Date.valueOf(form.startsOn()))
                .param("ends", Date.valueOf(form.endsOn())).param("venue", form.venue().strip())
                .param("target", form.targetCooperatives()).param("required", form.sessionsRequired())
                        .param("now", Timestamp.from(clock.instant()))
                .param("by", CurrentUser.username()).update(keys, "id");
        long id = keys.getKeyAs(Long.class);
        int key = 0;
        for (var partner : form.partners() == null ? List.<ProgrammeForm.PartnerRow>of() : form.partners()) {
            if (partner != null && partner.name() != null && !partner.name().isBlank()) {
                jdbc.sql(SQL.get("Programmes.addPartner")).param("id", id).param("key", key++)
                        .param("name", partner.name().strip())
                        .param("kind", partner.kind() == null ? "NGO" : partner.kind().name()).update();
            }
        }
        events.publishEvent(Audited.by("create", "programme", id, form.title().strip()));
        return id;
    }

    @StaffOnly
    @Transactional(readOnly = true)
    public PageOf<Programme> list(int page) {
        int size = PageOf.DEFAULT_SIZE;
        long total = jdbc.sql(SQL.get("Programmes.count")).query(Long.class).single();
        var programmes = jdbc.sql(SQL.get("Programmes.list"))
                .param("size", size).param("off", PageOf.offset(page, size))
                .query((rs, n) -> new Programme(rs.getLong(1), rs.getString(2), rs.getObject(3, LocalDate.class),
                        rs.getObject(4, LocalDate.class), rs.getString(5), rs.getInt(6), rs.getInt(7), List.of()))
                                .list();
        return new PageOf<>(programmes, page, size, total);
    }

    @StaffOnly
    @Transactional(readOnly = true)
    public Programme get(long id) {
        return load(id);
    }

    @Transactional(readOnly = true)
    public List<Module> modules() {
        return jdbc.sql(SQL.get("Programmes.modules")).query(Module.class).list();
    }

    /** One module of the catalogue (the catalogue is public). */
    public Module moduleById(long id) {
        return jdbc.sql(SQL.get("Programmes.moduleById")).param("id", id).query(Module.class).optional()
                .orElseThrow(() -> new NotFoundException("module", id));
    }

    @StaffOnly
    @Transactional(readOnly = true)
    public List<Session> sessions(long programmeId) {
        var sessions = jdbc.sql(SQL.get("Programmes.sessions"))
                .param("id", programmeId)
                .query((rs, n) -> new Session(rs.getLong(1), rs.getLong(2), rs.getLong(3), null,
                        rs.getObject(4, LocalDate.class), rs.getObject(5, LocalTime.class),
                        rs.getObject(6, LocalTime.class), rs.getString(7), rs.getInt(8))).list();
        var names = accounts.names(sessions.stream().map(Session::trainerId).distinct().toList());
        return sessions.stream().map(s -> new Session(s.id(), s.moduleId(), s.trainerId(),
                names.getOrDefault(s.trainerId(), ""), s.heldOn(), s.startsAt(), s.endsAt(), s.place(),
                s.capacity())).toList();
    }

    /** Schedules a session; refused when its trainer or its room is already taken at an overlapping time. */
    @Transactional
    @AdminOnly
    public long schedule(long programmeId, SessionForm form) {
        load(programmeId);
        var trainer = accounts.get(form.trainerId());
        if (trainer.role() != Role.TRAINER || !trainer.enabled()) {
            throw new TrainingRefused("training.error.notTrainer", "trainerId");
        }
        String placeKey = SearchText.normalize(form.place());
        if (jdbc.sql(SQL.get("Programmes.trainerTaken"))
                .param("trainer", form.trainerId()).param("day", Date.valueOf(form.heldOn()))
                .param("starts", Time.valueOf(form.startsAt())).param("ends", Time.valueOf(form.endsAt()))
                .query(Long.class).single() > 0) {
            throw new TrainingRefused("training.error.trainerTaken", "trainerId", trainer.displayName());
        }
        if (jdbc.sql(SQL.get("Programmes.placeTaken"))
                .param("place", placeKey).param("day", Date.valueOf(form.heldOn()))
                .param("starts", Time.valueOf(form.startsAt())).param("ends", Time.valueOf(form.endsAt()))
                .query(Long.class).single() > 0) {
            throw new TrainingRefused("training.error.placeTaken", "place", form.place().strip());
        }
        var keys = new GeneratedKeyHolder();
        jdbc.sql(SQL.get("Programmes.schedule"))
                .param("programme", programmeId).param("module", form.moduleId()).param("trainer", form.trainerId())
                .param("day", Date.valueOf(form.heldOn())).param("starts", Time.valueOf(form.startsAt()))
                .param("ends", Time.valueOf(form.endsAt())).param("place", form.place().strip())
                .param("key", placeKey).param("capacity", form.capacity()).update(keys, "id");
        long id = keys.getKeyAs(Long.class);
        events.publishEvent(Audited.by("schedule", "session", id, form.heldOn() + " " + form.place().strip()));
        return id;
    }

    /** A module with its version, for editing. */
    public record EditableModule(Module module, int version) {
    }

    @AdminOnly
    @Transactional(readOnly = true)
    public EditableModule module(long id) {
        return jdbc.sql(SQL.get("Programmes.module")).param("id", id)
                .query((rs, n) -> new EditableModule(new Module(rs.getLong(1), rs.getString(2), rs.getString(3),
                        rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8),
                        rs.getString(9)), rs.getInt(10)))
                .optional().orElseThrow(() -> new NotFoundException("module", id));
    }

    /** Adds a module to the catalogue; its code is unique. */
    @Transactional
    @AdminOnly
    public long addModule(ModuleForm form) {
        if (jdbc.sql(SQL.get("Programmes.codeTaken")).param("code", form.code())
                .query(Long.class).single() > 0) {
            throw new TrainingRefused("training.error.codeTaken", "code", form.code());
        }
        var keys = new GeneratedKeyHolder();
        moduleColumns(jdbc.sql(SQL.get("Programmes.addModule")), form).param("code", form.code())
                .update(keys, "id");
        long id = keys.getKeyAs(Long.class);
        events.publishEvent(Audited.by("create", "module", id, form.code()));
        return id;
    }

    /** Edits a module's words and format (its code stays); refused when someone saved it in the meantime. */
    @Transactional
    @AdminOnly
    public void editModule(long id, ModuleForm form) {
        module(id);
        int updated = moduleColumns(jdbc.sql(SQL.get("Programmes.editModule")), form).param("id", id)
                .param("version", form.version())
                .update();
        if (updated == 0) {
            throw new ConflictException("platform.error.stale", null);
        }
        events.publishEvent(Audited.by("update", "module", id, form.titleFr().strip()));
    }

    private static JdbcClient.StatementSpec moduleColumns(JdbcClient.StatementSpec statement, ModuleForm form) {
        return statement.param("titleAr", form.titleAr().strip()).param("titleFr", form.titleFr().strip())
                .param("titleEn", form.titleEn().strip()).param("objectivesAr", form.objectivesAr().strip())
                .param("objectivesFr", form.objectivesFr().strip()).param("objectivesEn", form.objectivesEn().strip())
                .param("format", form.format().name());
    }

    private Programme load(long id) {
        var partners = jdbc.sql(SQL.get("Programmes.partners")).param("id", id).query(Partner.class).list();
        return jdbc.sql(SQL.get("Programmes.load")).param("id", id)
                .query((rs, n) -> new Programme(rs.getLong(1), rs.getString(2), rs.getObject(3, LocalDate.class),
                        rs.getObject(4, LocalDate.class), rs.getString(5), rs.getInt(6), rs.getInt(7), partners))
                .optional().orElseThrow(() -> new NotFoundException("programme", id));
    }
}
