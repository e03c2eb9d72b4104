package ma.tiwizi.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * Every queue on the start page (files to screen, reviews to score, orders, labels, account requests) goes through
 * {@link TodoSource#queue}: an empty queue is no task; a queue whose oldest item has no day (a row written before the
 * column was kept, an import) is still a task, listed after every dated one instead of failing the start page.
 */
class TodoQueueTest {

    private final JdbcClient jdbc = JdbcClient.create(new DriverManagerDataSource("jdbc:h2:mem:todo", "sa", ""));

    @Test
    void anEmptyQueueIsNoTaskAndADatelessOneComesLast() {
        assertThat(TodoSource.queue(jdbc.sql("select 0 as waiting, cast(null as timestamp) as since"),
                n -> n + " waiting", "/none")).isEmpty();

        var dateless = TodoSource.queue(jdbc.sql("select 3 as waiting, cast(null as timestamp) as since"),
                n -> n + " orders", "/orders");
        assertThat(dateless).containsExactly(Todo.waitingSince(null, "3 orders", "/orders"));

        var dated = TodoSource.queue(jdbc.sql(
                "select 2 as waiting, timestamp with time zone '2026-11-02 23:30:00+00:00' as since"),
                n -> n + " files", "/applications");
        assertThat(dated).as("the day in Morocco, an hour ahead of UTC")
                .containsExactly(Todo.waitingSince(LocalDate.of(2026, 11, 3), "2 files", "/applications"));

        var start = new ArrayList<Todo>(dateless);
        start.addAll(dated);
        start.add(Todo.dueBy(LocalDate.of(2026, 12, 1), "name participants", "/sessions/1"));
        start.sort(Todo.URGENT_FIRST);
        assertThat(start).extracting(Todo::link).containsExactly("/applications", "/sessions/1", "/orders");
    }

    @Test
    void aQueueGroupedByCallGivesOneTaskPerGroup() {
        var perCall = TodoSource.queue(jdbc.sql("""
                select * from (values (1, cast(null as timestamp)), (0, cast(null as timestamp)),
                (4, timestamp '2026-10-01 08:00:00')) as q(waiting, since)"""), n -> String.valueOf(n), "/x");
        assertThat(perCall).extracting(Todo::text).containsExactly("1", "4");
        assertThat(List.copyOf(perCall).get(0).day()).isNull();
    }
}
