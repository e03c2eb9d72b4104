package ma.tiwizi.registry;

import static org.assertj.core.api.Assertions.assertThat;

import ma.tiwizi.Acting;
import ma.tiwizi.PostgresIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The registry listed without filters shows the total PostgreSQL keeps as the registry changes (V72): it equals the
 * rows behind it after every kind of write — one registration, many rows in one statement, a delete, an emptied table
 * — at once for the writer, and a rollback undoes it.
 */
class RegistryTotalTest extends PostgresIntegrationTest {

    @Autowired JdbcClient jdbc;
    @Autowired TransactionTemplate transactions;

    @Test
    void theWholeRegistrysTotalIsTheNumberOfItsRowsAfterEveryKindOfWrite() {
        assertThat(kept()).as("PostgreSQL keeps the total").isTrue();
        assertThat(listed()).isEqualTo(rows());

        long id = register(form("تعاونية العدد", "Count coop", uniqueNumber()));
        assertThat(listed()).isEqualTo(rows());

        String copies = "Count copies " + uniqueNumber();
        jdbc.sql("""
                insert into registry_cooperative (name_ar, name_latin, legal_form, registration_number, created_on,
                  commune_id, sector, president_name, president_sex, members_women, members_men, women_under35,
                  men_under35, status, search_text, created_at, updated_at, created_by, updated_by, version)
                select name_ar, :copies, legal_form, registration_number || '-' || g, created_on, commune_id, sector,
                  president_name, president_sex, members_women, members_men, women_under35, men_under35, status,
                  search_text, created_at, updated_at, created_by, updated_by, version
                from registry_cooperative, generate_series(1, 25) g where id = :id""").param("id", id)
                .param("copies", copies).update();
        assertThat(listed()).isEqualTo(rows());

        jdbc.sql("delete from registry_cooperative where name_latin = :copies").param("copies", copies).update();
        assertThat(listed()).isEqualTo(rows());

        long before = listed();
        transactions.executeWithoutResult(status -> {
            jdbc.sql("truncate registry_cooperative cascade").update();
            assertThat(listed()).as("the writer sees its change at once").isZero();
            register(form("تعاونية بعد التفريغ", "After emptying", uniqueNumber()));
            assertThat(listed()).isEqualTo(1);
            status.setRollbackOnly();
        });
        assertThat(listed()).as("a rollback undoes the total").isEqualTo(before).isEqualTo(rows());
    }

    @Test
    void aFilteredListAndACooperativesOwnListAreCountedRowByRow() {
        long id = register(form("تعاونية المرشح", "Filtered coop", uniqueNumber()));
        var dormant = new CooperativeSearch(null, null, null, null, CooperativeStatus.DORMANT, null, null, null, null,
                null, null);
        assertThat(asAdmin(() -> registry.search(dormant)).total()).isEqualTo(jdbc.sql(
                "select count(*) from registry_cooperative where status = 'DORMANT'").query(Long.class).single());
        assertThat(Acting.as(coop(id), () -> registry.search(CooperativeSearch.all())).total()).isEqualTo(1);
    }

    private long listed() {
        return asAdmin(() -> registry.browse(CooperativeSearch.all())).total();
    }

    private long rows() {
        return jdbc.sql("select count(*) from registry_cooperative").query(Long.class).single();
    }

    private boolean kept() {
        return jdbc.sql("select kept from registry_total where id = 1").query(Boolean.class).single();
    }
}
