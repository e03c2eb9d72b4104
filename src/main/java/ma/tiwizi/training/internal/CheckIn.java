package ma.tiwizi.training.internal;

import java.time.Clock;
import lombok.RequiredArgsConstructor;
import ma.tiwizi.platform.Audited;
import ma.tiwizi.platform.text.MoroccanPhone;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Self check-in: the trainer shows a QR code that changes every minute; a participant scans it and gives the phone
 * number they were enrolled with. The code is an HMAC of the session and the minute, valid for that minute and the
 * next, so a photo of it is useless a couple of minutes later and a code cannot be forged without the key.
 */
@Service
@RequiredArgsConstructor
public class CheckIn {

    static final long WINDOW_SECONDS = 60;

    private final SessionRepository sessions;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final SessionCodes codes;

    /** The code to show now for the session. */
    public String currentCode(long sessionId) {
        return code(sessionId, clock.instant().getEpochSecond() / WINDOW_SECONDS);
    }

    /** Marks the participant with this phone present, if the code is current and genuine. */
    @Transactional
    public String checkIn(long sessionId, String code, String phone) {
        if (!valid(sessionId, code)) {
            throw new TrainingRefused("training.error.checkInCode", null);
        }
        var session = sessions.lock(sessionId);
        if (clock.instant().isBefore(session.start())) {
            throw new TrainingRefused("training.error.notStarted", null);
        }
        String normalized = MoroccanPhone.normalize(phone)
                .orElseThrow(() -> new TrainingRefused("platform.error.phone", "phone"));
        var participant = session.checkIn(normalized, clock.instant());
        sessions.save(session);
        events.publishEvent(Audited.by("check-in", "participant", participant.id(), "present"));
        return participant.fullName();
    }

    private boolean valid(long sessionId, String code) {
        long window = clock.instant().getEpochSecond() / WINDOW_SECONDS;
        return codes.matches(code, sessionId + ":" + window) || codes.matches(code, sessionId + ":" + (window - 1));
    }

    private String code(long sessionId, long window) {
        return codes.sign(sessionId + ":" + window);
    }
}
