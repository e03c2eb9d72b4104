package ma.tiwizi.training;

import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import ma.tiwizi.platform.Audited;
import ma.tiwizi.platform.CurrentUser;
import ma.tiwizi.platform.NotFoundException;
import ma.tiwizi.platform.pdf.PdfRenderer;
import ma.tiwizi.platform.qr.QrCode;
import ma.tiwizi.registry.CooperativeRegistry;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Certificates of participation. A participant marked present at a session gets one, in Arabic and French, with a
 * verification code and a QR code leading to the public verification page. The code is random (60 bits), so it
 * cannot be guessed from another certificate's.
 */
@Service
public class Certificates {

    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcClient jdbc;
    private final CooperativeRegistry registry;
    private final Programmes programmes;
    private final PdfRenderer pdf;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final String publicUrl;
    private final MessageSource messages;

    Certificates(JdbcClient jdbc, CooperativeRegistry registry, Programmes programmes, PdfRenderer pdf,
            ApplicationEventPublisher events, Clock clock, @Value("${tiwizi.public-url}") String publicUrl,
            MessageSource messages) {
        this.messages = messages;
        this.jdbc = jdbc;
        this.registry = registry;
        this.programmes = programmes;
        this.pdf = pdf;
        this.events = events;
        this.clock = clock;
        this.publicUrl = publicUrl;
    }

    /** What a certificate states; shown on the public verification page and printed on the PDF. */
    public record Certificate(String code, String fullName, String cooperativeNameAr, String cooperativeNameFr,
            String moduleTitleAr, String moduleTitleFr, String programme, LocalDate heldOn, String place,
            String verificationUrl) {
    }

    /** The participant's certificate as a PDF, issued the first time it is asked for. */
    @Transactional
    public byte[] pdf(long participantId) {
        var certificate = issue(participantId);
        String day = certificate.heldOn().format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy"));
        Object[] french = {certificate.fullName(), certificate.cooperativeNameFr(), certificate.moduleTitleFr(),
                certificate.programme(), day, certificate.place()};
        return pdf.render("training/certificate-pdf.jte", Map.of("certificate", certificate,
                "qr", QrCode.dataUri(certificate.verificationUrl(), 300),
                "titleFr", messages.getMessage("training.certificate.title", null, Locale.FRENCH),
                "bodyFr", messages.getMessage("training.certificate.body", french, Locale.FRENCH),
                "codeFr", messages.getMessage("training.certificate.code", null, Locale.FRENCH)),
                Locale.forLanguageTag("ar"));
    }

    /** Anyone may check a code; an unknown code finds nothing, never another certificate. */
    public Optional<Certificate> verify(String code) {
        if (code == null || !code.matches("[A-Z0-9-]{4,20}")) {
            return Optional.empty();
        }
        return jdbc.sql("select participant_id from training_certificate where code = :code")
                .param("code", code).query(Long.class).optional().map(participant -> load(participant, code));
    }

    private Certificate issue(long participantId) {
        var row = jdbc.sql("""
                select i.cooperative_id, p.attended from training_participant p
                join training_invitation i on i.id = p.invitation_id where p.id = :id""").param("id", participantId)
                .query((rs, n) -> new Object[] {rs.getLong(1), rs.getObject(2)}).optional()
                .orElseThrow(() -> new NotFoundException("participant", participantId));
        long cooperative = (Long) row[0];
        var user = CurrentUser.require();
        if (!user.isAdmin() && !user.ownsCooperative(cooperative)) {
            throw new AccessDeniedException("certificate of cooperative " + cooperative);
        }
        if (!Boolean.TRUE.equals(row[1])) {
            throw new TrainingRefused("training.error.notAttended", null);
        }
        var existing = jdbc.sql("select code from training_certificate where participant_id = :id")
                .param("id", participantId).query(String.class).optional();
        if (existing.isPresent()) {
            return load(participantId, existing.get());
        }
        String code = newCode();
        jdbc.sql("""
                insert into training_certificate (participant_id, code, issued_at) values (:p, :code, :now)""")
                .param("p", participantId).param("code", code).param("now", Timestamp.from(clock.instant()))
                .update();
        events.publishEvent(Audited.by("issue", "certificate", participantId, code));
        return load(participantId, code);
    }

    private Certificate load(long participantId, String code) {
        var found = jdbc.sql("""
                select p.full_name, i.cooperative_id, s.module_id, s.held_on, s.place, g.title
                from training_participant p join training_invitation i on i.id = p.invitation_id
                join training_session s on s.id = p.session_id join training_programme g on g.id = s.programme_id
                where p.id = :id""").param("id", participantId)
                .query((rs, n) -> new Object[] {rs.getString(1), rs.getLong(2), rs.getLong(3),
                        rs.getObject(4, LocalDate.class), rs.getString(5), rs.getString(6)})
                .single();
        var module = programmes.moduleById((Long) found[2]);
        var cooperative = registry.ref((Long) found[1]).orElseThrow();
        return new Certificate(code, (String) found[0], cooperative.name(Locale.forLanguageTag("ar")),
                cooperative.name(Locale.FRENCH), module.titleAr(), module.titleFr(), (String) found[5],
                (LocalDate) found[3], (String) found[4], publicUrl + "/verify/" + code);
    }

    private static String newCode() {
        var code = new StringBuilder();
        for (int i = 0; i < 12; i++) {
            if (i > 0 && i % 4 == 0) {
                code.append('-');
            }
            code.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return code.toString();
    }
}
