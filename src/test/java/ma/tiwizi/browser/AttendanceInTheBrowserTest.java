package ma.tiwizi.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.time.ZoneId;
import ma.tiwizi.TestClock;
import ma.tiwizi.training.internal.Enrolments;
import ma.tiwizi.training.internal.Programmes;
import ma.tiwizi.training.internal.TrainingFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** A trainer marks attendance in Arabic on a phone, with large buttons, during the session. */
class AttendanceInTheBrowserTest extends BrowserTestSupport {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TestClock clock;

    @Autowired
    Programmes programmes;

    @Autowired
    Enrolments enrolments;

    @AfterEach
    void realTime() {
        clock.reset();
    }

    @Test
    void onAPhoneATrainerMarksWhoIsPresentAndWhoIsAbsent() {
        var fixture = new TrainingFixture(jdbc, accounts, programmes, enrolments);
        var trainer = fixture.trainer(uniqueNumber());
        long session = fixture.session(trainer.userId(), "قاعة المتصفح " + uniqueNumber());
        long cooperative = register(form("تعاونية المتصفح", "Browser coop", uniqueNumber()));
        fixture.seat(session, cooperative, "حليمة أيت علي", "رقية بوزيد");
        long halima = fixture.participant(session, "حليمة أيت علي");
        long ruqaya = fixture.participant(session, "رقية بوزيد");
        clock.set(LocalDateTime.of(2030, 7, 2, 9, 30).atZone(ZoneId.of("Africa/Casablanca")).toInstant());

        open(360, 740);
        signIn(trainer.getUsername());
        press(By.cssSelector("a[href='/trainer/sessions']"));
        press(By.cssSelector("a[href='/trainer/sessions/" + session + "']"));
        assertRightToLeftWithoutHorizontalScroll();
        var present = driver.findElement(By.cssSelector("#p" + halima + " button[value=true]"));
        assertThat(present.getText()).isEqualTo("حاضر");
        assertThat(present.getSize().getHeight()).isGreaterThanOrEqualTo(44);
        press(By.cssSelector("#p" + halima + " button[value=true]"));
        waitUntil(ExpectedConditions
                .attributeToBe(By.id("p" + halima), "data-attended", "true"));
        press(By.cssSelector("#p" + ruqaya + " button[value=false]"));
        waitUntil(ExpectedConditions
                .attributeToBe(By.id("p" + ruqaya), "data-attended", "false"));
        assertThat(driver.findElement(By.id("present-count")).getText()).isEqualTo("الحاضرون: 1 من أصل 2");
        assertRightToLeftWithoutHorizontalScroll();
    }
}
