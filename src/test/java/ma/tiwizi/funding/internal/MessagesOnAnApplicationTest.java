package ma.tiwizi.funding.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.function.BooleanSupplier;
import ma.tiwizi.PostgresIntegrationTest;
import ma.tiwizi.platform.TiwiziPrincipal;
import ma.tiwizi.registry.CooperativeBuilder;
import ma.tiwizi.registry.Sector;
import ma.tiwizi.registry.Sex;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;

/**
 * The applicant and the committee's administrators exchange messages on an application: a refused message (empty,
 * or with a file the upload checks refuse) keeps what was typed and stores nothing; a retried send is one message; the
 * staff find the cooperative's message in their inbox, the cooperative is told of the staff's answer by SMS; nobody
 * else reads the thread or its attachments — not another cooperative, not a reviewer.
 */
class MessagesOnAnApplicationTest extends PostgresIntegrationTest {

    private static final byte[] PDF = "%PDF-1.4 facture".getBytes(StandardCharsets.US_ASCII);

    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;
    @Autowired Calls calls;

    private TiwiziPrincipal cooperative(String phone) {
        return coop(register(CooperativeBuilder.aCooperative("تعاونية الرسائل", uniqueNumber()).latin("Messages")
                .createdOn(LocalDate.of(2020, 1, 1)).in(9L).in(Sector.SAFFRON).reachedAt(phone, "")
                .presidedBy("فاطمة", Sex.F, 1980).members(6, 2, 1, 0).form()));
    }

    private MockMultipartHttpServletRequestBuilder message(long application, TiwiziPrincipal who, String body,
            String key) {
        return (MockMultipartHttpServletRequestBuilder) multipart("/applications/" + application + "/messages")
                .param("body", body).param("key", key).param("lang", "ar").with(user(who)).with(csrf());
    }

    private long messages(long application) {
        return jdbc.sql("select count(*) from funding_message where application_id = :a").param("a", application)
                .query(Long.class).single();
    }

    private static void await(BooleanSupplier condition) throws InterruptedException {
        long until = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as("waited 20 s").isLessThan(until);
            Thread.sleep(50);
        }
    }

    @Test
    void theApplicantAndTheCommitteeWriteToEachOtherAndNobodyElseReads() throws Exception {
        long call = asAdmin(() -> calls.publish(CallBuilder.aCall("دعم الرسائل " + uniqueNumber()).form()));
        String mobile = "06" + String.format("%08d", Math.floorMod(System.nanoTime(), 100_000_000L));
        var president = cooperative(mobile);
        var stranger = cooperative("");
        String location = mvc.perform(post("/calls/" + call + "/apply").with(user(president)).with(csrf()))
                .andReturn().getResponse().getRedirectedUrl();
        long application = Long.parseLong(location.split("/")[2]);

        mvc.perform(get("/applications/" + application).with(user(president)))
                .andExpect(content().string(containsString("href=\"/applications/" + application + "/messages\"")));
        mvc.perform(get("/applications/" + application + "/messages").with(user(president)).param("lang", "ar"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("id=\"no-messages\"")));

        mvc.perform(message(application, president, "  ", "k-empty")).andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("اكتبوا رسالتكم قبل إرسالها")));
        mvc.perform(message(application, president, "هذه الفاتورة", "k-refused")
                .file(new MockMultipartFile("file", "facture.exe", "application/octet-stream", new byte[] {77, 90})))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("هذه الفاتورة")))
                .andExpect(content().string(containsString("value=\"k-refused\"")));
        assertThat(messages(application)).as("a refused message stores nothing").isZero();

        var sent = message(application, president, "نرسل لكم الفاتورة المطلوبة.", "k-1")
                .file(new MockMultipartFile("file", "facture.pdf", "application/pdf", PDF));
        mvc.perform(sent).andExpect(redirectedUrl("/applications/" + application + "/messages"));
        mvc.perform(message(application, president, "نرسل لكم الفاتورة المطلوبة.", "k-1")
                .file(new MockMultipartFile("file", "facture.pdf", "application/pdf", PDF)))
                .andExpect(redirectedUrl("/applications/" + application + "/messages"));
        assertThat(messages(application)).as("a retried send is one message").isEqualTo(1);
        long first = jdbc.sql("select id from funding_message where application_id = :a").param("a", application)
                .query(Long.class).single();
        await(() -> jdbc.sql("select count(*) from notifications_inbox where role = 'ADMIN' and link = :l")
                .param("l", "/applications/" + application + "/messages").query(Long.class).single() == 1);

        for (var outsider : new TiwiziPrincipal[] {stranger, reviewer()}) {
            mvc.perform(get("/applications/" + application + "/messages").with(user(outsider)))
                    .andExpect(status().isForbidden());
            mvc.perform(get("/applications/" + application + "/messages/" + first + "/attachment")
                    .with(user(outsider))).andExpect(status().isForbidden());
            mvc.perform(message(application, outsider, "تدخل", "k-outsider")).andExpect(status().isForbidden());
        }
        assertThat(messages(application)).isEqualTo(1);

        mvc.perform(get("/applications/" + application + "/messages").with(user(admin())).param("lang", "ar"))
                .andExpect(content().string(containsString("نرسل لكم الفاتورة المطلوبة.")))
                .andExpect(content().string(containsString("facture.pdf")));
        assertThat(mvc.perform(get("/applications/" + application + "/messages/" + first + "/attachment")
                .with(user(admin()))).andReturn().getResponse().getContentAsByteArray()).isEqualTo(PDF);

        mvc.perform(message(application, admin(), "شكرا، الملف كامل الآن.", "k-2"))
                .andExpect(status().is3xxRedirection());
        String international = "+212" + mobile.substring(1);
        await(() -> jdbc.sql("select count(*) from platform_sms where phone = :p").param("p", international)
                .query(Long.class).single() == 1);
        assertThat(jdbc.sql("select text from platform_sms where phone = :p").param("p", international)
                .query(String.class).single()).startsWith("راسلتكم اللجنة بشأن طلبكم").contains("/inbox/");
        mvc.perform(get("/applications/" + application + "/messages").with(user(president)).param("lang", "ar"))
                .andExpect(content().string(containsString("شكرا، الملف كامل الآن.")))
                .andExpect(content().string(containsString("اللجنة")));
    }
}
