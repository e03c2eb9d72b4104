package ma.tiwizi.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** A reviewer on a phone, in Arabic: declares no conflict of interest, reads the file, scores it. */
class ReviewInTheBrowserTest extends BrowserTestSupport {

    @org.springframework.beans.factory.annotation.Autowired
    ma.tiwizi.funding.internal.Calls calls;

    @org.springframework.beans.factory.annotation.Autowired
    ma.tiwizi.funding.internal.Applications applications;

    @org.springframework.beans.factory.annotation.Autowired
    ma.tiwizi.funding.internal.Reviews reviews;

    @org.springframework.beans.factory.annotation.Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    @Test
    void onAPhoneAReviewerDeclaresNoConflictAndScoresInArabic() {
        long application = completeApplication();
        String username = "reviewer" + uniqueNumber().toLowerCase().replace("-", "");
        long reviewerId = asAdmin(() -> accounts.openInitial(username, "مقيمة", "browser-password",
                ma.tiwizi.platform.Role.REVIEWER, null));
        long review = asAdmin(() -> reviews.assign(application, reviewerId));

        open(360, 740);
        signIn(username);
        driver.get(url("/reviews"));
        assertRightToLeftWithoutHorizontalScroll();
        driver.get(url("/reviews/" + review));
        press(By.cssSelector("#declaration form:first-child button"));
        waitUntil(ExpectedConditions.textToBe(By.id("review-status"), "في انتظار التنقيط"));
        assertRightToLeftWithoutHorizontalScroll();
        for (String field : new String[] {"valueChainFit", "viability", "socialImpact", "sustainability",
                "capacity"}) {
            driver.findElement(By.id(field)).sendKeys("8");
        }
        driver.findElement(By.id("comment")).sendKeys("مشروع واعد");
        new org.openqa.selenium.support.ui.Select(driver.findElement(By.id("recommendation"))).selectByValue("FUND");
        press(By.cssSelector("main form button[type=submit]"));
        waitUntil(ExpectedConditions.textToBe(By.id("review-status"), "منقط"));
        assertThat(driver.findElement(By.id("scores")).getAttribute("textContent")).containsPattern("\\s8\\s").contains("التمويل");
        assertRightToLeftWithoutHorizontalScroll();
    }

    /** A complete application, built through the services. */
    private long completeApplication() {
        var form = new ma.tiwizi.funding.internal.CallForm("طلب " + uniqueNumber(), ma.tiwizi.funding.internal.Axis.SOLIDARITY_ECONOMY,
                java.time.LocalDateTime.of(2026, 1, 1, 9, 0),
                java.time.LocalDateTime.now(java.time.ZoneId.of("Africa/Casablanca")).plusDays(5),
                new java.math.BigDecimal("900000"), java.util.Set.of(), java.util.Set.of("COOPERATIVE"), null, null,
                null, false, new java.math.BigDecimal("60"), new java.math.BigDecimal("300000"),
                new java.math.BigDecimal("40"), new java.math.BigDecimal("50"), java.util.List.of(),
                java.util.Set.of(), true, null, null, null);
        long call = asAdmin(() -> calls.publish(form));
        long coopId = register(form("تعاونية للتقييم", "For review", uniqueNumber()));
        var me = coop(coopId);
        var context = org.springframework.security.core.context.SecurityContextHolder.getContext();
        context.setAuthentication(org.springframework.security.authentication.UsernamePasswordAuthenticationToken
                .authenticated(me, null, me.getAuthorities()));
        long id;
        try {
            id = applications.start(call, c -> "العسل");
            applications.saveProject(id, new ma.tiwizi.funding.internal.ApplicationForms.Project("مشروع", "العسل", "وصف",
                    2, 1));
            applications.saveBudget(id, new ma.tiwizi.funding.internal.ApplicationForms.Budget(java.util.List.of(
                    new ma.tiwizi.funding.internal.ApplicationForms.BudgetRow(ma.tiwizi.funding.internal.BudgetCategory.EQUIPMENT,
                            "معدات", new java.math.BigDecimal("100000")))));
            applications.saveFinancing(id, new ma.tiwizi.funding.internal.ApplicationForms.Financing(
                    new java.math.BigDecimal("60000"), new java.math.BigDecimal("20000"),
                    new java.math.BigDecimal("20000"), java.math.BigDecimal.ZERO, null));
            applications.submit(id);
        } finally {
            context.setAuthentication(null);
        }
        long submitted = id;
        asAdmin(() -> {
            applications.markComplete(submitted);
            return null;
        });
        assertThat(jdbc.sql("select status from funding_application where id = :id").param("id", id)
                .query(String.class).single()).isEqualTo("COMPLETE");
        return id;
    }
}
