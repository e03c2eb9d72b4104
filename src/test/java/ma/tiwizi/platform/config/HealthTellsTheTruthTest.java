package ma.tiwizi.platform.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import ma.tiwizi.PostgresIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.test.web.servlet.MockMvc;

class HealthTellsTheTruthTest extends PostgresIntegrationTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    @Qualifier("database")
    HealthIndicator database;

    @Test
    void readinessReadsTheDatabaseAndOnlyAdministratorsSeeItsParts() throws Exception {
        assertThat(database.health(true).getStatus()).isEqualTo(Status.UP);
        mvc.perform(get("/actuator/health/readiness").with(user(admin()))).andExpect(status().isOk())
                .andExpect(content().string(containsString("\"database\"")));
        mvc.perform(get("/actuator/health")).andExpect(status().isOk())
                .andExpect(content().string(not(containsString("database"))));
    }

    @Test
    void aDatabaseThatCannotAnswerIsDown() throws Exception {
        var gone = new DriverManagerDataSource("jdbc:postgresql://127.0.0.1:1/none", "x", "y");
        assertThat(new DatabaseHealth(gone).health(true).getStatus()).isEqualTo(Status.DOWN);
    }
}
