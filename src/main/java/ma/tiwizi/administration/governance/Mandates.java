package ma.tiwizi.administration.governance;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import lombok.RequiredArgsConstructor;
import ma.tiwizi.administration.books.Books;
import ma.tiwizi.administration.register.AdministrationRefused;
import ma.tiwizi.administration.register.MemberRegister;
import ma.tiwizi.administration.rules.Governance;
import ma.tiwizi.administration.rules.LegalCalendar;
import ma.tiwizi.platform.Audited;
import ma.tiwizi.platform.CooperativeOnly;
import ma.tiwizi.platform.CurrentUser;
import ma.tiwizi.platform.Morocco;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The directors and managers of each cooperative, and what the law says of them: a board once the cooperative had
 * more than 50 members at the last year-end or sales above 5 MDH in each of its last two years in the journal
 * (arts. 47, 65), its size, and the mandates that end. The cooperative declares its own; staff read them.
 */
@Service
@RequiredArgsConstructor
public class Mandates {

    /** A mandate is flagged this many days before it ends, for the assembly that renews it. */
    static final int ENDING_WITHIN_DAYS = 90;

    private final ManagementRepository managements;
    private final MemberRegister register;
    private final Books books;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    /** A mandate as the page shows it. */
    public record MandateView(long memberId, String memberName, String role, LocalDate electedOn, LocalDate endsOn,
            LocalDate endedOn, boolean ending, boolean overdue) {
    }

    /** Something the law asks that is not in order: a message key and its figures. */
    public record Warning(String key, List<Object> arguments) {
    }

    public record View(long cooperativeId, List<MandateView> current, List<MandateView> past, int directors,
            int managers, LocalDate yearEnd, int membersAtYearEnd, List<Warning> warnings) {
    }

    @Transactional(readOnly = true)
    @PreAuthorize("@access.readsCooperative(#cooperativeId)")
    public View of(long cooperativeId) {
        var management = managements.findById(cooperativeId).orElseGet(() -> Management.of(cooperativeId));
        LocalDate today = today();
        LocalDate yearEnd = LegalCalendar.lastClosedYearEnd(today);
        int members = register.membersOn(cooperativeId, yearEnd);
        int directors = (int) management.count(Management.Role.DIRECTOR);
        int managers = (int) management.count(Management.Role.MANAGER);
        var warnings = new ArrayList<Warning>();
        // the turnover of the last two years the journal holds (sales; art. 65)
        BigDecimal lastYear = books.turnover(cooperativeId, yearEnd.getYear());
        BigDecimal yearBefore = books.turnover(cooperativeId, yearEnd.getYear() - 1);
        if (Governance.boardRequired(members, null, null) && directors == 0) {
            warnings.add(new Warning("administration.governance.boardRequired",
                    List.of(members, Morocco.DAY.format(yearEnd))));
        } else if (Governance.boardRequired(0, lastYear, yearBefore) && directors == 0) {
            warnings.add(new Warning("administration.governance.boardRequiredByTurnover",
                    List.of(yearEnd.getYear() - 1, yearEnd.getYear())));
        }
        if (directors > 0) {
            Governance.checkBoard(directors).forEach(b -> warnings.add(new Warning(b.messageKey(),
                    List.copyOf(b.arguments()))));
        }
        if (directors == 0 && managers == 0) {
            warnings.add(new Warning("administration.governance.nobody", List.of()));
        }
        return new View(cooperativeId, management.current().stream().map(m -> view(m, today)).toList(),
                management.past().stream().map(m -> view(m, today)).toList(), directors, managers, yearEnd, members,
                List.copyOf(warnings));
    }

    /** The mandates that come up for renewal within {@link #ENDING_WITHIN_DAYS} days or are past their end. */
    @Transactional(readOnly = true)
    @PreAuthorize("@access.readsCooperative(#cooperativeId)")
    public List<MandateView> ending(long cooperativeId) {
        LocalDate today = today();
        return managements.findById(cooperativeId).map(Management::current).orElse(List.of()).stream()
                .map(m -> view(m, today)).filter(MandateView::ending).toList();
    }

    /** The signed-in cooperative elects one of its current members director or manager. */
    @Transactional
    @CooperativeOnly
    public void elect(long memberId, String role, LocalDate electedOn) {
        long cooperative = CurrentUser.require().cooperativeId();
        var member = register.current(cooperative).stream().filter(m -> m.id() == memberId).findFirst()
                .orElseThrow(() -> new AdministrationRefused("administration.error.exclusionMember", "memberId"));
        Management.Role parsed;
        try {
            parsed = Management.Role.valueOf(String.valueOf(role));
        } catch (IllegalArgumentException unknown) {
            throw new AdministrationRefused("administration.error.role", "role");
        }
        var management = managements.findById(cooperative).orElseGet(() -> Management.of(cooperative));
        management.elect(memberId, member.fullName(), parsed, electedOn, today(), clock.instant());
        managements.save(management);
        events.publishEvent(Audited.by("elect", "cooperative", cooperative, parsed + " " + member.fullName()));
    }

    /** The signed-in cooperative ends a member's mandate (resignation, revocation, renewal by another). */
    @Transactional
    @CooperativeOnly
    public void end(long memberId, LocalDate endedOn) {
        long cooperative = CurrentUser.require().cooperativeId();
        var management = managements.findById(cooperative).orElseGet(() -> Management.of(cooperative));
        management.end(memberId, endedOn, today(), clock.instant());
        managements.save(management);
        events.publishEvent(Audited.by("end-mandate", "cooperative", cooperative, String.valueOf(memberId)));
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(Morocco.ZONE));
    }

    private static MandateView view(Management.Mandate m, LocalDate today) {
        return new MandateView(m.memberId(), m.memberName(), m.role().name(), m.electedOn(), m.endsOn(), m.endedOn(),
                m.current() && !m.endsOn().isAfter(today.plusDays(ENDING_WITHIN_DAYS)),
                m.current() && m.endsOn().isBefore(today));
    }
}
