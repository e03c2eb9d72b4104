package ma.tiwizi.administration.assembly;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import lombok.RequiredArgsConstructor;
import ma.tiwizi.administration.register.AdministrationRefused;
import ma.tiwizi.administration.register.MemberRegister;
import ma.tiwizi.administration.rules.AssemblyKind;
import ma.tiwizi.administration.rules.Majority;
import ma.tiwizi.administration.rules.Notice;
import ma.tiwizi.platform.Audited;
import ma.tiwizi.platform.CooperativeOnly;
import ma.tiwizi.platform.CurrentUser;
import ma.tiwizi.platform.Morocco;
import ma.tiwizi.platform.NotFoundException;
import ma.tiwizi.platform.files.DocumentStore;
import ma.tiwizi.platform.files.UploadCheck;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A cooperative's general assemblies, from the agenda to the votes: the cooperative prepares and holds its own; staff
 * read them. The law's rules are the assembly's ({@link Assembly}) and the kernel's.
 */
@Service
@RequiredArgsConstructor
public class Assemblies {

    private final AssemblyRepository assemblies;
    private final MemberRegister register;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final DocumentStore store;
    /** The same limit as every document a cooperative sends. */
    @Value("${tiwizi.administration.max-upload-bytes:10485760}")
    private final long maxUploadBytes;

    /** An agenda item as read, with its votes once decided. */
    public record Item(int position, String title, Majority majority, Integer inFavour, Integer against,
            Integer abstentions, Boolean adopted) {

        /** Whether the resolution may exclude a member: adopted by two thirds of the votes cast (art. 20). */
        public boolean excludes() {
            return Boolean.TRUE.equals(adopted)
                    && Majority.TWO_THIRDS.passes(new Majority.Votes(inFavour, against, abstentions), null);
        }
    }

    /** Who came: {@code presence} by member id, and the member holding each proxy. */
    public record Sheet(Map<Long, String> presence, Map<Long, Long> proxies) {

        public String of(long member) {
            return presence.getOrDefault(member, "ABSENT");
        }
    }

    /** An assembly as its pages and documents show it. */
    public record View(long id, long cooperativeId, AssemblyKind kind, LocalDate heldOn, LocalTime startsAt,
            String place, int callNumber, LocalDate noticeSentOn, LocalDate lastDayToSend, LocalDate memberListBy,
            Integer membersAtCall, int presentOrRepresented, int required, boolean quorumReached, List<Item> agenda,
            Sheet sheet, String signedMinutes) {

        public boolean noticeLate(LocalDate today) {
            return noticeSentOn == null && today.isAfter(lastDayToSend);
        }
    }

    @Transactional
    @CooperativeOnly
    public long prepare(AssemblyForm form) {
        long cooperative = CurrentUser.require().cooperativeId();
        var assembly = assemblies.save(Assembly.prepare(cooperative, form, today(), clock.instant(),
                CurrentUser.username()));
        events.publishEvent(Audited.by("convene", "assembly", assembly.id(), form.kind() + " " + form.heldOn()));
        return assembly.id();
    }

    @Transactional(readOnly = true)
    @PreAuthorize("@access.readsCooperative(#cooperativeId)")
    public List<View> of(long cooperativeId) {
        return assemblies.findTop50ByCooperativeIdOrderByHeldOnDesc(cooperativeId).stream().map(Assemblies::view)
                .toList();
    }

    @Transactional(readOnly = true)
    @PreAuthorize("@assemblyAccess.reads(#id)")
    public View get(long id) {
        return view(load(id));
    }

    @Transactional
    @PreAuthorize("@assemblyAccess.holds(#id)")
    public void noticeSent(long id, LocalDate on) {
        var assembly = load(id);
        if (on.isAfter(today())) {
            throw new AdministrationRefused("administration.error.sentLater", "sentOn");
        }
        assembly.noticeSent(on);
        assemblies.save(assembly);
        events.publishEvent(Audited.by("notice", "assembly", id, String.valueOf(on)));
    }

    @Transactional
    @PreAuthorize("@assemblyAccess.holds(#id)")
    public void recordAttendance(long id, Map<Long, String> presence, Map<Long, Long> proxies) {
        var assembly = load(id);
        var members = register.current(assembly.cooperativeId()).stream().map(MemberRegister.Line::id)
                .collect(Collectors.toSet());
        var parsed = new HashMap<Long, Assembly.Presence>();
        presence.forEach((member, value) -> parsed.put(member, Assembly.Presence.valueOf(value)));
        assembly.recordAttendance(parsed, proxies, members);
        assemblies.save(assembly);
        events.publishEvent(Audited.by("attendance", "assembly", id,
                assembly.presentOrRepresented() + "/" + members.size()));
    }

    @Transactional
    @PreAuthorize("@assemblyAccess.holds(#id)")
    public void vote(long id, int position, Majority.Votes votes, Boolean chairInFavour) {
        var assembly = load(id);
        assembly.vote(position, votes, chairInFavour, register.notVoting(assembly.cooperativeId()));
        assemblies.save(assembly);
        events.publishEvent(Audited.by("vote", "assembly", id, position + ": " + votes.inFavour() + "/"
                + votes.against() + "/" + votes.abstentions()));
    }

    @Transactional
    @PreAuthorize("@assemblyAccess.holds(#id)")
    public void callAgain(long id, LocalDate newDay) {
        var assembly = load(id);
        assembly.callAgain(newDay, today());
        assemblies.save(assembly);
        events.publishEvent(Audited.by("convene", "assembly", id, "call " + assembly.callNumber() + " " + newDay));
    }

    /**
     * Excludes a member under an adopted resolution of the assembly (art. 20): only one adopted by two thirds of the
     * votes cast, and only after the member was heard, on or before the day of the assembly.
     */
    @Transactional
    @PreAuthorize("@assemblyAccess.holds(#id)")
    public void exclude(long id, int position, long memberId, LocalDate heardOn) {
        var assembly = view(load(id));
        var item = assembly.agenda().stream().filter(i -> i.position() == position).findFirst()
                .orElseThrow(() -> new NotFoundException("item", position));
        if (!item.excludes()) {
            throw new AdministrationRefused("administration.error.exclusionMajority", null);
        }
        if (heardOn == null || heardOn.isAfter(assembly.heldOn())) {
            throw new AdministrationRefused("administration.error.heardOn", "heardOn");
        }
        boolean current = register.current(assembly.cooperativeId()).stream().anyMatch(m -> m.id() == memberId);
        if (!current) {
            throw new AdministrationRefused("administration.error.exclusionMember", "memberId");
        }
        register.exclude(memberId, assembly.heldOn(), Morocco.DAY.format(assembly.heldOn()) + " #" + (position + 1)
                + " " + item.title() + " (" + Morocco.DAY.format(heardOn) + ")");
    }

    /** Attaches the scan of the signed minutes (PDF, JPEG or PNG); a refused file stores nothing. */
    @Transactional
    @PreAuthorize("@assemblyAccess.holds(#id)")
    public void attachSignedMinutes(long id, String filename, byte[] content) {
        var assembly = load(id);
        var refusal = UploadCheck.refusal(filename, content, maxUploadBytes);
        if (refusal.isPresent()) {
            throw new AdministrationRefused(refusal.get().messageKey(), "file", refusal.get().arguments());
        }
        assembly.attachSignedMinutes(() -> store.put(content), filename,
                UploadCheck.kind(content).orElseThrow().contentType, today(), clock.instant());
        assemblies.save(assembly);
        events.publishEvent(Audited.by("minutes-signed", "assembly", id, filename));
    }

    /** The scan of the signed minutes, for those who read the assembly. */
    @Transactional(readOnly = true)
    @PreAuthorize("@assemblyAccess.reads(#id)")
    public SignedMinutes signedMinutes(long id) {
        var assembly = load(id);
        if (assembly.signedMinutesHash() == null) {
            throw new NotFoundException("minutes", id);
        }
        return new SignedMinutes(assembly.signedMinutesName(), assembly.signedMinutesType(),
                store.get(assembly.signedMinutesHash()).orElseThrow(() -> new NotFoundException("minutes", id)));
    }

    /** A stored scan: its name, type and bytes. */
    public record SignedMinutes(String filename, String contentType, byte[] content) {
    }

    /**
     * Admits, under an adopted resolution of an ordinary assembly already held (art. 15), the applicants chosen among
     * the requests waiting; they join on the day of the assembly. Returns how many were admitted.
     */
    @Transactional
    @PreAuthorize("@assemblyAccess.holds(#id)")
    public int admit(long id, int position, Collection<Long> candidates) {
        var assembly = view(load(id));
        var item = assembly.agenda().stream().filter(i -> i.position() == position).findFirst()
                .orElseThrow(() -> new NotFoundException("item", position));
        if (assembly.kind() != AssemblyKind.ORDINARY) {
            throw new AdministrationRefused("administration.error.admissionOrdinary", null);
        }
        if (!Boolean.TRUE.equals(item.adopted())) {
            throw new AdministrationRefused("administration.error.ratifyAdopted", null);
        }
        if (assembly.heldOn().isAfter(today())) {
            throw new AdministrationRefused("administration.error.admissionHeld", null,
                    Morocco.DAY.format(assembly.heldOn()));
        }
        int admitted = register.admitCandidates(assembly.cooperativeId(), candidates, assembly.heldOn(),
                Morocco.DAY.format(assembly.heldOn()) + " #" + (position + 1) + " " + item.title());
        events.publishEvent(Audited.by("admit", "assembly", id, String.valueOf(admitted)));
        return admitted;
    }

    /**
     * Ratifies, under an adopted resolution of the assembly, the transfers of shares the board authorised before it;
     * returns how many lines it ratified.
     */
    @Transactional
    @PreAuthorize("@assemblyAccess.holds(#id)")
    public int ratifyTransfers(long id, int position) {
        var assembly = view(load(id));
        var item = assembly.agenda().stream().filter(i -> i.position() == position).findFirst()
                .orElseThrow(() -> new NotFoundException("item", position));
        if (!Boolean.TRUE.equals(item.adopted())) {
            throw new AdministrationRefused("administration.error.ratifyAdopted", null);
        }
        int ratified = register.ratifyTransfers(assembly.cooperativeId(), assembly.heldOn(),
                Morocco.DAY.format(assembly.heldOn()) + " #" + (position + 1) + " " + item.title());
        events.publishEvent(Audited.by("ratify", "assembly", id, String.valueOf(ratified)));
        return ratified;
    }

    private Assembly load(long id) {
        return assemblies.findById(id).orElseThrow(() -> new NotFoundException("assembly", id));
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(Morocco.ZONE));
    }

    private static View view(Assembly a) {
        var agenda = a.agenda();
        List<Item> items = new ArrayList<>();
        for (int i = 0; i < agenda.size(); i++) {
            var item = agenda.get(i);
            items.add(new Item(i, item.title(), item.majority(), item.inFavour(), item.against(), item.abstentions(),
                    item.adopted()));
        }
        var presence = new HashMap<Long, String>();
        var proxies = new HashMap<Long, Long>();
        for (var line : a.attendance()) {
            presence.put(line.memberId(), line.presence().name());
            if (line.proxyHolderId() != null) {
                proxies.put(line.memberId(), line.proxyHolderId());
            }
        }
        LocalDate lastDay = Notice.lastDayToSend(a.heldOn(), a.callNumber());
        return new View(a.id(), a.cooperativeId(), a.kind(), a.heldOn(), a.startsAt(), a.place(), a.callNumber(),
                a.noticeSentOn(), lastDay, a.noticeSentOn() == null ? null
                        : Notice.memberListDepositBy(a.noticeSentOn()), a.membersAtCall(), a.presentOrRepresented(),
                a.requiredForQuorum(), a.quorumReached(), items, new Sheet(presence, proxies), a.signedMinutesName());
    }
}
