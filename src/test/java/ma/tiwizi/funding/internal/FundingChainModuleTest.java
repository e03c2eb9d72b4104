package ma.tiwizi.funding.internal;

import static ma.tiwizi.Acting.as;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import ma.tiwizi.TestClockConfig;
import ma.tiwizi.TestInfrastructure;
import ma.tiwizi.accounts.AccountDirectory;
import ma.tiwizi.funding.ApplicationDecided;
import ma.tiwizi.funding.ApplicationStatus;
import ma.tiwizi.funding.ApplicationSubmitted;
import ma.tiwizi.funding.FundingStepTaken;
import ma.tiwizi.funding.TrancheReleased;
import ma.tiwizi.platform.Role;
import ma.tiwizi.platform.TiwiziPrincipal;
import ma.tiwizi.registry.CooperativeBuilder;
import ma.tiwizi.registry.CooperativeRegistry;
import ma.tiwizi.registry.Sex;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.AssertablePublishedEvents;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The funding module on its own (with only the modules it depends on, no notifications): from a submitted application
 * through review, decision, agreement and three tranches to a closed project, with the events other modules hear.
 */
@ApplicationModuleTest(mode = ApplicationModuleTest.BootstrapMode.ALL_DEPENDENCIES)
@ActiveProfiles("test")
@Import(TestClockConfig.class)
class FundingChainModuleTest {

    private static final TiwiziPrincipal ADMIN = new TiwiziPrincipal(1, "test-admin", "", "Admin", Role.ADMIN, null,
            true, true);
    private static final byte[] PDF = "%PDF-1.4 proof".getBytes();

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        TestInfrastructure.postgres(registry);
    }

    @Autowired CooperativeRegistry registry;
    @Autowired AccountDirectory accounts;
    @Autowired Calls calls;
    @Autowired Applications applications;
    @Autowired Reviews reviews;
    @Autowired Decisions decisions;
    @Autowired Disbursements disbursements;

    @Test
    void aSubmittedApplicationIsReviewedApprovedSignedPaidInTranchesAndClosed(AssertablePublishedEvents events) {
        String unique = Long.toString(System.nanoTime(), 36);
        long call = as(ADMIN, () -> calls.publish(CallBuilder.aCall("طلب السلسلة " + unique).form()));
        long cooperative = as(ADMIN, () -> registry.register(CooperativeBuilder.aCooperative("تعاونية التمويل", "FUND-" + unique)
                .latin("Funding coop").createdOn(LocalDate.of(2020, 1, 1)).in(9L).presidedBy("Lalla", Sex.F, 1980)
                .members(6, 2, 1, 0).form()));
        var president = new TiwiziPrincipal(901, "coop-" + unique, "", "Lalla", Role.COOP, cooperative, true, true);

        // Submitted by the cooperative.
        long id = as(president, () -> {
            long application = applications.start(call, c -> "العسل");
            applications.saveProject(application, new ApplicationForms.Project("وحدة تلفيف العسل", "العسل", "وصف",
                    2, 1));
            applications.saveBudget(application, new ApplicationForms.Budget(List.of(new ApplicationForms.BudgetRow(
                    BudgetCategory.EQUIPMENT, "معدات", new BigDecimal("100000.05")))));
            applications.saveFinancing(application, new ApplicationForms.Financing(new BigDecimal("60000.03"),
                    new BigDecimal("20000.02"), new BigDecimal("20000"), BigDecimal.ZERO,
                    applications.get(application).version()));
            applications.submit(application);
            return application;
        });
        events.assertThat().contains(ApplicationSubmitted.class)
                .matching(submitted -> submitted.applicationId() == id);

        // Complete, scored by two reviewers, approved within the envelope.
        as(ADMIN, () -> {
            applications.markComplete(id);
            return null;
        });
        TwoReviews.of(id, reviews, accounts);
        as(ADMIN, () -> {
            decisions.decide(id, new DecisionForm(ApplicationStatus.APPROVED, new BigDecimal("60000.03"), null, null,
                    null, applications.get(id).version()));
            return null;
        });
        events.assertThat().contains(ApplicationDecided.class)
                .matching(decided -> decided.applicationId() == id && decided.decision() == ApplicationStatus.APPROVED);

        // Agreement, then each tranche once its conditions hold.
        as(ADMIN, () -> {
            disbursements.createAgreement(id, new Disbursements.AgreementForm("إنجاز المشروع وتقديم الفواتير",
                    LocalDate.of(2027, 1, 1), LocalDate.of(2027, 12, 31)));
            disbursements.uploadSignedAgreement(id, "signed.pdf", PDF);
            return null;
        });
        as(president, () -> {
            applications.upload(id, RequiredDocument.OWN_CONTRIBUTION_PROOF, "bank.pdf", PDF);
            return null;
        });
        var tranches = as(ADMIN, () -> disbursements.follow(id)).tranches();
        assertThat(tranches).hasSize(3);
        assertThat(tranches.stream().map(Disbursements.TrancheView::amount).reduce(BigDecimal.ZERO, BigDecimal::add))
                .isEqualByComparingTo("60000.03");
        release(id, tranches.get(0).number(), "VIR-1");
        visit(id, LocalDate.of(2027, 3, 15), 45, "ON_TRACK");
        as(president, () -> {
            applications.upload(id, RequiredDocument.EXPENSE_REPORT, "expenses.pdf", PDF);
            return null;
        });
        release(id, tranches.get(1).number(), "VIR-2");
        visit(id, LocalDate.of(2027, 12, 1), 100, "CLOSED");
        release(id, tranches.get(2).number(), "VIR-3");

        var follow = as(president, () -> disbursements.follow(id));
        assertThat(follow.tranches()).allMatch(Disbursements.TrancheView::released);
        assertThat(follow.paid()).isEqualByComparingTo("60000.03");
        assertThat(follow.visits()).anySatisfy(v -> assertThat(v.projectStatus()).isEqualTo("CLOSED"));
        assertThat(events.ofType(FundingStepTaken.class).matching(step -> step.applicationId() == id))
                .hasSizeGreaterThanOrEqualTo(4);
        // each payment is money the cooperative's journal receives: its number, amount and transfer reference
        assertThat(java.util.stream.StreamSupport.stream(events.ofType(TrancheReleased.class)
                .matching(paid -> paid.applicationId() == id).spliterator(), false).map(paid -> paid.number() + " " + paid.amount().toPlainString() + " " + paid.paymentReference())
                .toList()).containsExactly(tranches.get(0).number() + " " + tranches.get(0).amount().toPlainString()
                + " VIR-1", tranches.get(1).number() + " " + tranches.get(1).amount().toPlainString() + " VIR-2",
                tranches.get(2).number() + " " + tranches.get(2).amount().toPlainString() + " VIR-3");
    }

    private void release(long id, int tranche, String reference) {
        as(ADMIN, () -> {
            disbursements.release(id, tranche, reference);
            return null;
        });
    }

    private void visit(long id, LocalDate on, int progress, String status) {
        as(ADMIN, () -> {
            disbursements.recordVisit(id, new Disbursements.Visit(on, progress, status, 3, 1, 2,
                    new BigDecimal("12000"), true, "زيارة", null, List.of()), List.of());
            return null;
        });
    }

}
