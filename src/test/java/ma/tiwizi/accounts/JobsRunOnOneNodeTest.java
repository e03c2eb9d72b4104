package ma.tiwizi.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import ma.tiwizi.PostgresIntegrationTest;
import net.javacrumbs.shedlock.core.DefaultLockingTaskExecutor;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * With several nodes, a scheduled job runs on one at a time: every {@code @Scheduled} method takes a lock of its own
 * name in the database first; while another node holds it the job does nothing here; two nodes asking at the same
 * moment get it once.
 */
class JobsRunOnOneNodeTest extends PostgresIntegrationTest {

    @Autowired JdbcClient jdbc;
    @Autowired SignInThrottle throttle;
    @Autowired LockProvider locks;

    @Test
    void everyScheduledJobTakesALockOfItsOwnName() {
        List<JavaMethod> jobs = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("ma.tiwizi").stream().flatMap(type -> type.getMethods().stream())
                .filter(method -> method.isAnnotatedWith(Scheduled.class)).toList();
        assertThat(jobs).hasSizeGreaterThanOrEqualTo(7)
                .allSatisfy(job -> assertThat(job.isAnnotatedWith(SchedulerLock.class)).as(job.getFullName()).isTrue());
        assertThat(jobs.stream().map(job -> job.getAnnotationOfType(SchedulerLock.class).name()))
                .doesNotHaveDuplicates();
    }

    @Test
    void whileAnotherNodeHoldsTheJobItDoesNothingHere() {
        String name = "sprayed-" + UUID.randomUUID();
        jdbc.sql("insert into accounts_sign_in (username, failures, pending, attempted_at) "
                + "values (:u, 1, 0, current_timestamp - interval '3 days')").param("u", name).update();
        jdbc.sql("delete from shedlock where name = 'SignInThrottle.forgetOld'").update();
        jdbc.sql("insert into shedlock (name, lock_until, locked_at, locked_by) values ('SignInThrottle.forgetOld', "
                + "timezone('utc', current_timestamp) + interval '10 minutes', timezone('utc', current_timestamp), "
                + "'the-other-node')").update();

        throttle.forgetOld();
        assertThat(stillThere(name)).as("the other node runs it").isTrue();

        jdbc.sql("update shedlock set lock_until = timezone('utc', current_timestamp) - interval '1 second' "
                + "where name = 'SignInThrottle.forgetOld'").update();
        throttle.forgetOld();
        assertThat(stillThere(name)).as("free again: it ran here").isFalse();
    }

    @Test
    void twoNodesAskingAtTheSameMomentRunItOnce() throws Exception {
        String job = "test-job-" + UUID.randomUUID().toString().substring(0, 20);
        var runs = new AtomicInteger();
        var start = new CountDownLatch(1);
        Runnable node = () -> {
            try {
                start.await();
                new DefaultLockingTaskExecutor(locks).executeWithLock((Runnable) () -> {
                    runs.incrementAndGet();
                    sleep(Duration.ofMillis(500));
                }, new LockConfiguration(Instant.now(), job, Duration.ofMinutes(1), Duration.ofSeconds(2)));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        };
        try (var nodes = Executors.newFixedThreadPool(2)) {
            var first = nodes.submit(node);
            var second = nodes.submit(node);
            start.countDown();
            first.get();
            second.get();
        }
        assertThat(runs).hasValue(1);
    }

    private boolean stillThere(String username) {
        return jdbc.sql("select count(*) from accounts_sign_in where username = :u").param("u", username)
                .query(Long.class).single() == 1;
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
