package ma.tiwizi.administration.rest;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import lombok.RequiredArgsConstructor;
import ma.tiwizi.administration.assembly.Assemblies;
import ma.tiwizi.administration.calendar.Obligations;
import ma.tiwizi.administration.register.MemberRegister;
import ma.tiwizi.administration.rules.AssemblyKind;
import ma.tiwizi.administration.rules.LegalCalendar;
import ma.tiwizi.administration.rules.Majority;
import ma.tiwizi.platform.PageOf;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * A cooperative's administration under law 112-12 as JSON, read only: its member register, its general assemblies
 * and its legal calendar. Same rules as the pages: staff read any cooperative's, a COOP client only its own.
 */
@RestController
@RequestMapping("/api/v1")
@RequiredArgsConstructor
class AdministrationApiController {

    private final MemberRegister register;
    private final Assemblies assemblies;
    private final Obligations obligations;

    record MemberResponse(long id, int number, String fullName, String cin, String sex, Integer birthYear,
            LocalDate joinedOn, int shares, BigDecimal shareValue, BigDecimal subscribed, BigDecimal paid,
            String status, LocalDate leftOn) {
    }

    record MemberPage(List<MemberResponse> items, int page, int size, long total, int pages,
            MemberRegister.Totals totals) {
    }

    record ItemResponse(int position, String title, Majority majority, Integer inFavour, Integer against,
            Integer abstentions, Boolean adopted) {
    }

    record AssemblyResponse(long id, long cooperativeId, AssemblyKind kind, LocalDate heldOn, LocalTime startsAt,
            String place, int call, LocalDate noticeSentOn, LocalDate lastDayToSendNotice, Integer membersAtCall,
            int presentOrRepresented, int quorumRequired, boolean quorumReached, List<ItemResponse> agenda,
            Map<Long, String> attendance) {
    }

    record DutyResponse(LegalCalendar.Duty duty, LocalDate dueBy, LegalCalendar.State state, LocalDate doneOn,
            String proof) {
    }

    record YearResponse(LocalDate yearEnd, List<DutyResponse> duties) {
    }

    /** The member register, in order of joining, a page at a time, with its totals. */
    @GetMapping("/cooperatives/{id}/members")
    MemberPage members(@PathVariable long id, @RequestParam(required = false) Integer page) {
        var found = register.of(id, PageOf.clampPage(page));
        PageOf<MemberResponse> lines = found.lines().map(l -> new MemberResponse(l.id(), l.number(), l.fullName(),
                l.cin(), l.sex(), l.birthYear(), l.joinedOn(), l.shares(), l.shareValue(), l.subscribed(), l.paid(),
                l.status(), l.leftOn()));
        return new MemberPage(lines.items(), lines.page(), lines.size(), lines.total(), lines.pages(),
                found.totals());
    }

    /** The cooperative's general assemblies, the latest first. */
    @GetMapping("/cooperatives/{id}/assemblies")
    List<AssemblyResponse> assemblies(@PathVariable long id) {
        return assemblies.of(id).stream().map(AdministrationApiController::response).toList();
    }

    @GetMapping("/assemblies/{id}")
    AssemblyResponse assembly(@PathVariable long id) {
        return response(assemblies.get(id));
    }

    /** The legal calendar of the year closed last and of the year before. */
    @GetMapping("/cooperatives/{id}/calendar")
    List<YearResponse> calendar(@PathVariable long id) {
        return obligations.of(id).stream().map(year -> new YearResponse(year.yearEnd(), year.lines().stream()
                .map(l -> new DutyResponse(l.duty(), l.dueBy(), l.state(), l.doneOn(), l.proof())).toList()))
                .toList();
    }

    private static AssemblyResponse response(Assemblies.View a) {
        return new AssemblyResponse(a.id(), a.cooperativeId(), a.kind(), a.heldOn(), a.startsAt(), a.place(),
                a.callNumber(), a.noticeSentOn(), a.lastDayToSend(), a.membersAtCall(), a.presentOrRepresented(),
                a.required(), a.quorumReached(), a.agenda().stream().map(i -> new ItemResponse(i.position(),
                        i.title(), i.majority(), i.inFavour(), i.against(), i.abstentions(), i.adopted())).toList(),
                a.sheet().presence());
    }
}
