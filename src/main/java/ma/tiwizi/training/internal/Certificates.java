package ma.tiwizi.training.internal;

import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import lombok.RequiredArgsConstructor;
import ma.tiwizi.platform.Audited;
import ma.tiwizi.platform.Morocco;
import ma.tiwizi.platform.NotFoundException;
import ma.tiwizi.platform.Queries;
import ma.tiwizi.platform.pdf.PdfRenderer;
import ma.tiwizi.platform.qr.QrCode;
import ma.tiwizi.platform.text.Bidi;
import ma.tiwizi.platform.web.PublicAddress;
import ma.tiwizi.registry.CooperativeRegistry;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Certificates of participation in a programme. A person (a cooperative's participant, known by telephone) who was
 * marked present at the programme's required number of sessions gets one, in Arabic and French, with a verification
 * code and a QR code leading to the public verification page. The code is random (60 bits), so it
 * cannot be guessed from another certificate's.
 */
@Service
@RequiredArgsConstructor
public class Certificates {

    private static final Queries SQL = Queries.of("training");

    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcClient jdbc;
    private final CooperativeRegistry registry;
    private final Programmes programmes;
    private final PdfRenderer pdf;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final PublicAddress publicAddress;
    private final MessageSource messages;

    /** What a certificate states; shown on the public verification page and printed on the PDF. */
    public record Certificate(String code, String fullName, String cooperativeNameAr, String cooperativeNameFr,
            String programme, LocalDate startsOn, LocalDate endsOn, String venue, List<String> modulesAr,
            List<String> modulesFr, String verificationUrl, String sex) {
    }

    /** A person of the cooperative in a programme: sessions attended against those required, and the code once issued. */
    public record Progress(long participantId, String fullName, String programme, int attended, int required,
            String code) {
        public boolean earned() {
            return attended >= required;
        }
    }

    /** The participant's certificate for the programme as a PDF, issued the first time it is asked for. */
    @Transactional
    @PreAuthorize("@trainingAccess.readsParticipant(#participantId)")
    public byte[] pdf(long participantId) {
        return pdf(issue(participantId));
    }

    /** One A4 page: the Arabic block right to left, the French block left to right, the QR code and the address. */
    byte[] pdf(Certificate certificate) {
        Object[] french = body(certificate, certificate.cooperativeNameFr(), certificate.modulesFr(), ", ");
        Object[] arabic = body(certificate, certificate.cooperativeNameAr(), certificate.modulesAr(), "\u060C ");
        return pdf.render("training/certificate-pdf.jte", Map.of("certificate", certificate, "bodyAr",
                messages.getMessage("training.certificate.body", arabic, Locale.forLanguageTag("ar")),
                "qr", QrCode.dataUri(certificate.verificationUrl(), 300),
                "titleFr", messages.getMessage("training.certificate.title", null, Locale.FRENCH),
                "bodyFr", messages.getMessage("training.certificate.body", french, Locale.FRENCH),
                "codeFr", messages.getMessage("training.certificate.code", null, Locale.FRENCH)),
                Locale.forLanguageTag("ar"));
    }

    /**
     * The arguments of the certificate's sentence: names, programme and venue isolated in their own direction (an
     * Arabic name inside the French sentence keeps its order and leaves the sentence's), dates left to right, and
     * the participant's sex for the grammar of the Arabic sentence.
     */
    private static Object[] body(Certificate certificate, String cooperative, List<String> modules, String comma) {
        var days = Morocco.DAY;
        return new Object[] {Bidi.isolate(certificate.fullName()), Bidi.isolate(cooperative),
                Bidi.isolate(certificate.programme()), Bidi.leftToRight(certificate.startsOn().format(days)),
                Bidi.leftToRight(certificate.endsOn().format(days)), Bidi.isolate(certificate.venue()),
                String.join(comma, modules.stream().map(Bidi::isolate).toList()), certificate.sex()};
    }

    /** Anyone may check a code; an unknown code finds nothing, never another certificate. */
    public Optional<Certificate> verify(String typed) {
        String code = normalised(typed);
        if (code == null || !code.matches("[A-Z0-9-]{4,20}")) {
            return Optional.empty();
        }
        return jdbc.sql(SQL.get("Certificates.verify"))
                .param("code", code).query(Long.class).optional().map(participant -> load(participant, code));
    }

    /** Every person of the cooperative who attended a session, per programme, with their progress (at most 100). */
    @PreAuthorize("@access.readsCooperative(#cooperativeId)")
    @Transactional(readOnly = true)
    public List<Progress> progress(long cooperativeId) {
        var codes = new HashMap<String, String>();
        jdbc.sql(SQL.get("Certificates.issuedTo"))
                .param("c", cooperativeId).query(rs -> {
                    codes.put(rs.getLong(1) + " " + rs.getString(2), rs.getString(3));
                });
        return jdbc.sql(SQL.get("Certificates.attendance")).param("c", cooperativeId)
                .query((rs, n) -> new Progress(rs.getLong(6), rs.getString(5), rs.getString(2), rs.getInt(7),
                        rs.getInt(3), codes.get(rs.getLong(1) + " " + rs.getString(4)))).list();
    }

    /** The participants of an invitation who have earned the programme's certificate. */
    @Transactional(readOnly = true)
    public Set<Long> earnedIn(long invitationId) {
        return Set.copyOf(jdbc.sql(SQL.get("Certificates.earnedIn")).param("inv", invitationId)
                .query(Long.class).list());
    }

    private Certificate issue(long participantId) {
        var person = jdbc.sql(SQL.get("Certificates.attendee")).param("id", participantId)
                .query((rs, n) -> new Person(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getInt(4),
                        rs.getString(5)))
                .optional().orElseThrow(() -> new NotFoundException("participant", participantId));
        // One certificate per person and programme, even when two requests arrive at once.
        jdbc.sql(SQL.get("Certificates.lockProgramme")).param("g", person.programme())
                .query(Long.class).single();
        var attended = attendedSessions(person);
        if (attended.isEmpty() || attended.size() < person.required()) {
            throw new TrainingRefused("training.error.notAttended", null, attended.size(), person.required(),
                    person.sex());
        }
        var existing = jdbc.sql(SQL.get("Certificates.alreadyIssued"))
                .param("g", person.programme()).param("c", person.cooperative()).param("phone", person.phone())
                .query((rs, n) -> Map.entry(rs.getLong(1), rs.getString(2))).optional();
        if (existing.isPresent()) {
            return load(existing.get().getKey(), existing.get().getValue());
        }
        String code = newCode();
        jdbc.sql(SQL.get("Certificates.issue"))
                .param("p", participantId).param("g", person.programme()).param("c", person.cooperative())
                .param("phone", person.phone()).param("code", code).param("now", Timestamp.from(clock.instant()))
                .update();
        events.publishEvent(Audited.by("issue", "certificate", participantId, code));
        return load(participantId, code);
    }

    /** The participant a certificate is for; the sex chooses the grammar of what is said about her or him. */
    private record Person(long cooperative, long programme, String phone, int required, String sex) {
    }

    /** The modules of the sessions this person attended in the programme, in the order they were held. */
    private List<Programmes.Module> attendedSessions(Person person) {
        return jdbc.sql(SQL.get("Certificates.attendedSessions"))
                .param("g", person.programme()).param("c", person.cooperative()).param("phone", person.phone())
                .query(Long.class).list().stream().map(programmes::moduleById).toList();
    }

    private Certificate load(long participantId, String code) {
        var found = jdbc.sql(SQL.get("Certificates.load")).param("id", participantId)
                .query((rs, n) -> new Object[] {rs.getString(1), rs.getLong(2), rs.getLong(3), rs.getString(4),
                        rs.getObject(5, LocalDate.class), rs.getObject(6, LocalDate.class), rs.getString(7),
                        rs.getString(8), rs.getInt(9), rs.getString(10)})
                .single();
        var person = new Person((Long) found[1], (Long) found[2], (String) found[7], (Integer) found[8],
                (String) found[9]);
        var modules = attendedSessions(person).stream().distinct().toList();
        var cooperative = registry.ref(person.cooperative()).orElseThrow();
        return new Certificate(code, (String) found[0], cooperative.name(Locale.forLanguageTag("ar")),
                cooperative.name(Locale.FRENCH), (String) found[3], (LocalDate) found[4], (LocalDate) found[5],
                (String) found[6], modules.stream().map(Programmes.Module::titleAr).toList(),
                modules.stream().map(Programmes.Module::titleFr).toList(), publicAddress.of("/verify/" + code),
                person.sex());
    }

    /**
     * A code as people type it — any case, with or without spaces or dashes — in the form it is printed:
     * {@code abcd efgh jklm} is {@code ABCD-EFGH-JKLM}. Anything else is returned as typed, upper-cased.
     */
    static String normalised(String typed) {
        if (typed == null) {
            return null;
        }
        String compact = typed.replaceAll("[\\s\\-_.\u2010-\u2015]", "").toUpperCase(Locale.ROOT);
        if (compact.length() == 12) {
            return compact.substring(0, 4) + "-" + compact.substring(4, 8) + "-" + compact.substring(8);
        }
        return compact;
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
