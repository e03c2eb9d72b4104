package ma.tiwizi.training.internal;

import static ma.tiwizi.Acting.as;
import static org.assertj.core.api.Assertions.assertThat;

import ma.tiwizi.registry.CooperativeBuilder;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import ma.tiwizi.platform.Morocco;
import ma.tiwizi.TestClock;
import ma.tiwizi.TestClockConfig;
import ma.tiwizi.TestInfrastructure;
import ma.tiwizi.accounts.AccountDirectory;
import ma.tiwizi.platform.Role;
import ma.tiwizi.platform.TiwiziPrincipal;
import ma.tiwizi.platform.web.Ui;
import ma.tiwizi.registry.CooperativeForm;
import ma.tiwizi.registry.CooperativeRegistry;
import ma.tiwizi.registry.LegalForm;
import ma.tiwizi.registry.Sector;
import ma.tiwizi.registry.Sex;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.AssertablePublishedEvents;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import ma.tiwizi.training.CooperativeInvited;
import ma.tiwizi.training.TrainingRecord;

/**
 * The training module on its own (with only the modules it depends on, no notifications): the chain from a
 * cooperative's capacity diagnostic to an invitation, an enrolment, attendance and a verifiable certificate.
 */
@ApplicationModuleTest(mode = ApplicationModuleTest.BootstrapMode.ALL_DEPENDENCIES)
@ActiveProfiles("test")
@Import(TestClockConfig.class)
class TrainingChainModuleTest {

    private static final TiwiziPrincipal ADMIN = new TiwiziPrincipal(1, "test-admin", "", "Admin", Role.ADMIN, null,
            true, true);

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        TestInfrastructure.postgres(registry);
    }

    @Autowired CooperativeRegistry registry;
    @Autowired AccountDirectory accounts;
    @Autowired Diagnostics diagnostics;
    @Autowired Programmes programmes;
    @Autowired Enrolments enrolments;
    @Autowired Attendance attendance;
    @Autowired Certificates certificates;
    @Autowired TrainingRecord record;
    @Autowired TestClock clock;
    @Autowired JdbcClient jdbc;

    @AfterEach
    void realTime() {
        clock.reset();
    }

    @Test
    void aWeakDiagnosticLeadsToAnInvitationAnEnrolmentAttendanceAndACertificate(AssertablePublishedEvents events) {
        String unique = Long.toString(System.nanoTime(), 36);
        long cooperative = as(ADMIN, () -> registry.register(CooperativeBuilder.aCooperative("تعاونية السلسلة", "CHAIN-" + unique)
                .latin("Chain coop").createdOn(LocalDate.of(2023, 5, 1)).in(Sector.SAFFRON)
                .presidedBy("زينب", Sex.F, 1990).members(9, 0, 4, 0).form()));
        var president = new TiwiziPrincipal(900, "coop-" + unique, "", "Zineb", Role.COOP, cooperative, true, true);

        // 1. The cooperative's diagnostic: strong everywhere but marketing.
        var answers = new ArrayList<>(java.util.Collections.nCopies(Dimension.QUESTIONS, 3));
        Dimension.MARKETING.questions().forEach(q -> answers.set(q - 1, 0));
        as(president, () -> diagnostics.take(cooperative, new DiagnosticForm(answers)));
        assertThat(as(president, () -> record.latestDiagnostic(cooperative)).orElseThrow().scores())
                .containsEntry(Dimension.MARKETING, 0).containsEntry(Dimension.FINANCE, 100);

        // 2. ADMIN plans a marketing session and invites the cooperatives weak in marketing.
        long trainerId = as(ADMIN, () -> accounts.openInitial("trainer-" + unique, "المكون", "chain-password",
                Role.TRAINER, null));
        var trainer = new TiwiziPrincipal(trainerId, "trainer-" + unique, "", "Trainer", Role.TRAINER, null, true,
                true);
        long programme = as(ADMIN, () -> programmes.create(new ProgrammeForm("دورة السلسلة " + unique,
                LocalDate.of(2031, 3, 1), LocalDate.of(2031, 3, 5), "دار المبادرة", 20, 1, List.of())));
        long marketing = jdbc.sql("select id from training_module where code = 'MARKETING'").query(Long.class)
                .single();
        long session = as(ADMIN, () -> programmes.schedule(programme, new SessionForm(marketing, trainerId,
                LocalDate.of(2031, 3, 2), LocalTime.of(9, 0), LocalTime.of(12, 0), "قاعة السلسلة " + unique, 20)));
        as(ADMIN, () -> enrolments.invite(session, new InviteForm(null, null, null, null, null, Dimension.MARKETING)));
        events.assertThat().contains(CooperativeInvited.class)
                .matching(invited -> invited.cooperativeId() == cooperative && invited.sessionId() == session);

        // 3. The cooperative names a participant, who gets a seat.
        long invitation = as(president, () -> enrolments.mine(1)).items().stream()
                .filter(i -> i.session().id() == session).findFirst().orElseThrow().id();
        var seat = as(president, () -> enrolments.enrol(invitation, new ParticipantForm("زينب أيت باها " + unique,
                ParticipantForm.Sex.F, ParticipantForm.AgeBand.FROM_25_TO_34, "0670" + unique.substring(0, 6)
                        .chars().map(c -> '0' + c % 10).collect(StringBuilder::new, StringBuilder::appendCodePoint,
                                StringBuilder::append))));
        assertThat(seat).isEqualTo(Enrolments.Seat.SEATED);
        long participant = as(president, () -> enrolments.invitation(invitation)).participants().get(0).id();

        // 4. The trainer marks her present once the session has started.
        clock.set(LocalDateTime.of(2031, 3, 2, 9, 30).atZone(Morocco.ZONE).toInstant());
        as(trainer, () -> {
            attendance.mark(session, participant, true);
            return null;
        });

        // 5. Her certificate is issued, and anyone can verify it by its code.
        byte[] pdf = as(president, () -> certificates.pdf(participant));
        assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        var progress = as(president, () -> record.certificates(cooperative));
        assertThat(progress).singleElement().satisfies(p -> assertThat(p.earned()).isTrue());
        var verified = certificates.verify(progress.get(0).code()).orElseThrow();
        assertThat(verified.fullName()).isEqualTo("زينب أيت باها " + unique);
        assertThat(verified.modulesAr()).containsExactly("التسويق");
        assertThat(as(president, () -> record.programmesAttended(cooperative))).containsExactly(programme);
    }

}
