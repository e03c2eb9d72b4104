package ma.tiwizi.administration.assembly;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import ma.tiwizi.PostgresIntegrationTest;
import ma.tiwizi.platform.TiwiziPrincipal;
import ma.tiwizi.platform.web.Form;
import ma.tiwizi.registry.CooperativeBuilder;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

/** From the agenda to the minutes, as a president does it: the quorum is missed, then reached at the second call. */
class AssemblyPagesTest extends PostgresIntegrationTest {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;

    private static LocalDate today() {
        return LocalDate.now(ZoneId.of("Africa/Casablanca"));
    }

    private List<Long> tenMembers(TiwiziPrincipal president) throws Exception {
        for (int i = 1; i <= 10; i++) {
            mvc.perform(post("/administration/members").with(user(president)).with(csrf())
                    .param("fullName", "عضو " + i).param("sex", i % 2 == 0 ? "M" : "F").param("birthYear", "1980")
                    .param("joinedOn", "01/02/2020").param("shares", "1").param("shareValue", "100")
                    .param("paid", "100")).andExpect(status().is3xxRedirection());
        }
        return jdbc.sql("select id from administration_member where cooperative_id = :c order by number")
                .param("c", president.cooperativeId()).query(Long.class).list();
    }

    private String attendance(long assembly, TiwiziPrincipal president, List<Long> members, int present)
            throws Exception {
        var request = post("/administration/assemblies/" + assembly + "/attendance").with(user(president))
                .with(csrf());
        for (int i = 0; i < members.size(); i++) {
            request.param("presence_" + members.get(i), i < present ? "PRESENT" : "ABSENT");
        }
        return mvc.perform(request).andExpect(status().is3xxRedirection()).andReturn().getResponse()
                .getRedirectedUrl();
    }

    @Test
    void aPresidentConvenesMissesTheQuorumCallsAgainVotesAndPrintsTheMinutes() throws Exception {
        long id = register(CooperativeBuilder.aCooperative("تعاونية الجمع العام", uniqueNumber()).form());
        var president = coop(id);
        var members = tenMembers(president);

        mvc.perform(post("/administration/assemblies").with(user(president)).with(csrf()).param("lang", "ar")
                        .param("kind", "ORDINARY").param("heldOn", DAY.format(today().plusDays(10)))
                        .param("startsAt", "10:00").param("place", "مقر التعاونية").param("agenda", "الحسابات"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("يوما كاملا (المادة 40)")))
                .andExpect(content().string(containsString("الحسابات")));
        String location = mvc.perform(post("/administration/assemblies").with(user(president)).with(csrf())
                        .param("kind", "ORDINARY").param("heldOn", DAY.format(today().plusDays(20)))
                        .param("startsAt", "10:00").param("place", "مقر التعاونية")
                        .param("agenda", "المصادقة على حسابات السنة\n\nتخصيص الفائض"))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        long assembly = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
        mvc.perform(get(location).with(user(president)).param("lang", "ar")).andExpect(status().isOk())
                .andExpect(content().string(containsString("آخر أجل لإرسال الدعوة: "
                        + DAY.format(today().plusDays(4)))))
                .andExpect(content().string(containsString("تخصيص الفائض")))
                .andExpect(content().string(containsString("href=\"https://wa.me/?text=")))
                .andExpect(content().string(containsString(java.net.URLEncoder.encode("مقر التعاونية",
                        java.nio.charset.StandardCharsets.UTF_8).replace("+", "%20"))));

        mvc.perform(post(location + "/notice").with(user(president)).with(csrf())
                .param("sentOn", DAY.format(today()))).andExpect(status().is3xxRedirection());
        attendance(assembly, president, members, 4);
        mvc.perform(post(location + "/items/0").with(user(president)).with(csrf()).param("inFavour", "4")
                        .param("against", "0"))
                .andExpect(flash().attribute("flashError", "administration.rule.noQuorum"));
        mvc.perform(get(location).with(user(president)).param("lang", "ar"))
                .andExpect(content().string(containsString("4 من أصل 10 من الأعضاء حاضرون أو ممثَّلون؛ والمطلوب 5")))
                .andExpect(content().string(containsString("لم يكتمل النصاب")));

        mvc.perform(post(location + "/call-again").with(user(president)).with(csrf())
                .param("heldOn", DAY.format(today().plusDays(12)))).andExpect(status().is3xxRedirection());
        mvc.perform(post(location + "/notice").with(user(president)).with(csrf())
                .param("sentOn", DAY.format(today()))).andExpect(status().is3xxRedirection());
        attendance(assembly, president, members, 3);
        mvc.perform(post(location + "/items/0").with(user(president)).with(csrf()).param("inFavour", "2")
                .param("against", "1").param("abstentions", "0")).andExpect(status().is3xxRedirection());
        mvc.perform(post(location + "/items/1").with(user(president)).with(csrf()).param("inFavour", "1")
                .param("against", "1").param("chairInFavour", "true")).andExpect(status().is3xxRedirection());
        mvc.perform(get(location).with(user(president)).param("lang", "ar"))
                .andExpect(content().string(containsString("اكتمل النصاب")))
                .andExpect(content().string(containsString("2 مع، 1 ضد، 0 امتناع")));

        byte[] pdf = mvc.perform(get(location + "/minutes.pdf").with(user(president)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (var document = Loader.loadPDF(pdf)) {
            String text = Normalizer.normalize(new PDFTextStripper().getText(document), Normalizer.Form.NFKC);
            assertThat(text).contains("محضر الجمع العام").contains("اكتمل النصاب").contains("الدعوة الثانية")
                    .contains("صودق عليه");
        }
        byte[] convocation = mvc.perform(get(location + "/convocation.pdf").param("lang", "fr")
                        .with(user(president)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (var document = Loader.loadPDF(convocation)) {
            assertThat(new PDFTextStripper().getText(document)).contains("Convocation").contains("deuxième")
                    .contains("convoqués");
        }
    }

    @Test
    void onlyAResolutionAdoptedByTwoThirdsExcludesAMemberAfterSheWasHeard() throws Exception {
        long id = register(CooperativeBuilder.aCooperative("تعاونية الإقصاء", uniqueNumber()).form());
        var president = coop(id);
        var members = tenMembers(president);
        LocalDate heldOn = today().plusDays(20);
        String location = mvc.perform(post("/administration/assemblies").with(user(president)).with(csrf())
                        .param("kind", "ORDINARY").param("heldOn", DAY.format(heldOn)).param("startsAt", "10:00")
                        .param("place", "مقر التعاونية").param("agenda", "إقصاء العضو 10\nتخصيص الفائض"))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        long assembly = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
        mvc.perform(post(location + "/notice").with(user(president)).with(csrf())
                .param("sentOn", DAY.format(today()))).andExpect(status().is3xxRedirection());
        attendance(assembly, president, members, 6);
        mvc.perform(post(location + "/items/0").with(user(president)).with(csrf()).param("inFavour", "4")
                .param("against", "2").param("abstentions", "0")).andExpect(status().is3xxRedirection());
        mvc.perform(post(location + "/items/1").with(user(president)).with(csrf()).param("inFavour", "3")
                .param("against", "2").param("abstentions", "1")).andExpect(status().is3xxRedirection());
        mvc.perform(get(location).with(user(president)).param("lang", "ar"))
                .andExpect(content().string(containsString("id=\"exclusion-0\"")))
                .andExpect(content().string(not(containsString("id=\"exclusion-1\""))));
        long tenth = members.getLast();

        mvc.perform(post(location + "/items/1/exclusion").with(user(president)).with(csrf())
                        .param("memberId", String.valueOf(tenth)).param("heardOn", DAY.format(today())))
                .andExpect(redirectedUrl(location + "#item-1"))
                .andExpect(flash().attribute("flashError", "administration.error.exclusionMajority"));
        mvc.perform(post(location + "/items/0/exclusion").with(user(president)).with(csrf())
                        .param("memberId", String.valueOf(tenth)).param("heardOn", DAY.format(heldOn.plusDays(1))))
                .andExpect(flash().attribute("flashError", "administration.error.heardOn"));
        long stranger = register(CooperativeBuilder.aCooperative("تعاونية غريبة", uniqueNumber()).form());
        long outsider = tenMembers(coop(stranger)).getFirst();
        mvc.perform(post(location + "/items/0/exclusion").with(user(president)).with(csrf())
                        .param("memberId", String.valueOf(outsider)).param("heardOn", DAY.format(today())))
                .andExpect(flash().attribute("flashError", "administration.error.exclusionMember"));
        mvc.perform(post(location + "/items/0/exclusion").with(user(coop(stranger))).with(csrf())
                        .param("memberId", String.valueOf(outsider)).param("heardOn", DAY.format(today())))
                .andExpect(status().isForbidden());

        mvc.perform(post(location + "/items/0/exclusion").with(user(president)).with(csrf())
                        .param("memberId", String.valueOf(tenth)).param("heardOn", DAY.format(today())))
                .andExpect(redirectedUrl("/administration/members/" + tenth))
                .andExpect(flash().attribute("flash", "administration.flash.excluded"));

        assertThat(jdbc.sql("select status from administration_member where id = :m").param("m", tenth)
                .query(String.class).single()).isEqualTo("EXCLUDED");
        mvc.perform(get("/administration/members/" + tenth).with(user(president)).param("lang", "ar"))
                .andExpect(content().string(containsString("إقصاء")))
                .andExpect(content().string(containsString(DAY.format(heldOn) + " #1 إقصاء العضو 10")));
        mvc.perform(get(location).with(user(president)).param("lang", "ar"))
                .andExpect(content().string(not(containsString("<option value=\"" + tenth + "\">"))));
    }

    @Test
    void theSignedMinutesAreAttachedFromTheDayOfTheAssemblyAndReadByThoseWhoReadIt() throws Exception {
        long id = register(CooperativeBuilder.aCooperative("تعاونية المحضر", uniqueNumber()).form());
        var president = coop(id);
        tenMembers(president);
        String location = mvc.perform(post("/administration/assemblies").with(user(president)).with(csrf())
                        .param("kind", "ORDINARY").param("heldOn", DAY.format(today().plusDays(20)))
                        .param("startsAt", "10:00").param("place", "مقر التعاونية").param("agenda", "الحسابات"))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        long assembly = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
        byte[] scan = "%PDF-1.4\n% محضر موقّع\n%%EOF\n".getBytes(StandardCharsets.UTF_8);
        var signed = new MockMultipartFile("file", "محضر.pdf", "application/pdf", scan);

        mvc.perform(multipart(location + "/signed-minutes").file(signed).with(user(president)).with(csrf()))
                .andExpect(redirectedUrl(location + "#signed-minutes"))
                .andExpect(flash().attribute("flashError", "administration.error.signedTooEarly"));
        jdbc.sql("update administration_assembly set held_on = :today where id = :id").param("today", today())
                .param("id", assembly).update();
        mvc.perform(multipart(location + "/signed-minutes")
                        .file(new MockMultipartFile("file", "notes.txt", "text/plain", "hello".getBytes()))
                        .with(user(president)).with(csrf()))
                .andExpect(flash().attribute("flashError", "platform.upload.badType"));
        mvc.perform(get(location + "/signed-minutes").with(user(president))).andExpect(status().isNotFound());

        mvc.perform(multipart(location + "/signed-minutes").file(signed).with(user(president)).with(csrf()))
                .andExpect(flash().attribute("flash", "administration.flash.signedMinutes"));

        mvc.perform(get(location).with(user(president)).param("lang", "ar"))
                .andExpect(content().string(containsString("id=\"signed-minutes-link\"")))
                .andExpect(content().string(containsString("محضر.pdf")));
        byte[] read = mvc.perform(get(location + "/signed-minutes").with(user(reviewer())))
                .andExpect(status().isOk()).andExpect(content().contentType("application/pdf"))
                .andReturn().getResponse().getContentAsByteArray();
        assertThat(read).isEqualTo(scan);
        long other = register(CooperativeBuilder.aCooperative("تعاونية فضولية", uniqueNumber()).form());
        mvc.perform(get(location + "/signed-minutes").with(user(coop(other)))).andExpect(status().isForbidden());
        mvc.perform(multipart(location + "/signed-minutes").file(signed).with(user(coop(other))).with(csrf()))
                .andExpect(status().isForbidden());
    }

    @Test
    void aTransferOfFullyPaidSharesIsRecordedAndTheNextAssemblyRatifiesIt() throws Exception {
        long id = register(CooperativeBuilder.aCooperative("تعاونية التفويت", uniqueNumber()).form());
        var president = coop(id);
        long amina = member(president, "أمينة", "3", "300");
        long brahim = member(president, "ابراهيم", "1", "100");
        long chama = member(president, "شامة", "2", "50");
        long stranger = member(coop(register(CooperativeBuilder.aCooperative("تعاونية بعيدة", uniqueNumber())
                .form())), "غريب", "1", "100");
        String transfers = "/administration/members/" + amina + "/transfers";

        mvc.perform(post(transfers).with(user(president)).with(csrf()).param("toMemberId", String.valueOf(brahim))
                        .param("shares", "3").param("authorisedOn", DAY.format(today())))
                .andExpect(flash().attribute("flashError", "administration.error.transferCount"));
        mvc.perform(post("/administration/members/" + chama + "/transfers").with(user(president)).with(csrf())
                        .param("toMemberId", String.valueOf(amina)).param("shares", "1")
                        .param("authorisedOn", DAY.format(today())))
                .andExpect(flash().attribute("flashError", "administration.error.transferUnpaid"));
        mvc.perform(post(transfers).with(user(president)).with(csrf()).param("toMemberId", String.valueOf(stranger))
                        .param("shares", "1").param("authorisedOn", DAY.format(today())))
                .andExpect(flash().attribute("flashError", "administration.error.exclusionMember"));
        mvc.perform(post(transfers).with(user(president)).with(csrf()).param("toMemberId", String.valueOf(brahim))
                        .param("shares", "2").param("authorisedOn", DAY.format(today().plusDays(1))))
                .andExpect(flash().attribute("flashError", "administration.error.authorisedOn"));
        mvc.perform(post(transfers).with(user(president)).with(csrf()).param("toMemberId", String.valueOf(brahim))
                        .param("shares", "2").param("authorisedOn", DAY.format(today())))
                .andExpect(flash().attribute("flash", "administration.flash.transferred"));

        assertThat(jdbc.sql("select shares from administration_member where id in (:a, :b) order by number")
                .param("a", amina).param("b", brahim).query(Integer.class).list()).containsExactly(1, 3);
        mvc.perform(get("/administration/members/" + brahim).with(user(president)).param("lang", "ar"))
                .andExpect(content().string(containsString("id=\"transfer-to-ratify\"")))
                .andExpect(content().string(containsString("حصص متوصل بها من")));

        String location = mvc.perform(post("/administration/assemblies").with(user(president)).with(csrf())
                        .param("kind", "ORDINARY").param("heldOn", DAY.format(today().plusDays(20)))
                        .param("startsAt", "10:00").param("place", "مقر التعاونية").param("agenda", "المصادقة على التفويتات"))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        long assembly = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
        mvc.perform(post(location + "/notice").with(user(president)).with(csrf())
                .param("sentOn", DAY.format(today()))).andExpect(status().is3xxRedirection());
        attendance(assembly, president, List.of(amina, brahim, chama), 3);
        mvc.perform(post(location + "/items/0/ratification").with(user(president)).with(csrf()))
                .andExpect(flash().attribute("flashError", "administration.error.ratifyAdopted"));
        mvc.perform(post(location + "/items/0").with(user(president)).with(csrf()).param("inFavour", "3")
                .param("against", "0").param("abstentions", "0")).andExpect(status().is3xxRedirection());
        mvc.perform(get(location).with(user(president)).param("lang", "ar"))
                .andExpect(content().string(containsString("id=\"ratify-0\"")));

        mvc.perform(post(location + "/items/0/ratification").with(user(president)).with(csrf()))
                .andExpect(flash().attribute("flash", "administration.flash.ratified"))
                .andExpect(flash().attribute("flashArgs", new Object[] {2}));

        assertThat(jdbc.sql("select count(*) from administration_member where cooperative_id = :c "
                + "and transfer_to_ratify = true").param("c", id).query(Integer.class).single()).isZero();
        mvc.perform(get("/administration/members/" + amina).with(user(president)).param("lang", "fr"))
                .andExpect(content().string(containsString("Cession ratifiée")))
                .andExpect(content().string(not(containsString("id=\"transfer-to-ratify\""))));
    }

    @Test
    void aRequestToJoinWaitsForTheNextOrdinaryAssemblyWhichWritesTheAdmittedInTheRegisterOnItsDay() throws Exception {
        long id = register(CooperativeBuilder.aCooperative("تعاونية الانخراط", uniqueNumber()).form());
        var president = coop(id);
        long first = member(president, "حليمة", "1", "100");
        long second = member(president, "رقية", "1", "100");
        var request = post("/administration/members/candidates").with(user(president)).with(csrf())
                .param("lang", "ar").param("fullName", "سلمى").param("sex", "F").param("birthYear", "1999")
                .param("joinedOn", DAY.format(today())).param("shares", "4").param("shareValue", "100");

        mvc.perform(request.param("paid", "50")).andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("المادة 26")))
                .andExpect(content().string(containsString("value=\"سلمى\"")));
        for (int tap = 0; tap < 2; tap++) {
            mvc.perform(post("/administration/members/candidates").with(user(president)).with(csrf())
                            .param("fullName", "سلمى").param("sex", "F").param("birthYear", "1999")
                            .param("joinedOn", DAY.format(today())).param("shares", "4").param("shareValue", "100")
                            .param("paid", "100"))
                    .andExpect(redirectedUrl("/administration/members#candidates"));
        }
        assertThat(jdbc.sql("select count(*) from administration_candidate where cooperative_id = :c")
                .param("c", id).query(Integer.class).single()).as("a double tap records one request").isOne();
        long candidate = jdbc.sql("select id from administration_candidate where cooperative_id = :c")
                .param("c", id).query(Long.class).single();
        mvc.perform(get("/administration/members").with(user(president)).param("lang", "ar"))
                .andExpect(content().string(containsString("سلمى")))
                .andExpect(content().string(containsString("id=\"members-count\"><bdi>2</bdi>")));

        String extraordinary = heldToday(president, "EXTRAORDINARY", List.of(first, second));
        mvc.perform(post(extraordinary + "/items/0/admissions").with(user(president)).with(csrf())
                        .param("candidate", String.valueOf(candidate)))
                .andExpect(flash().attribute("flashError", "administration.error.admissionOrdinary"));
        String ordinary = heldToday(president, "ORDINARY", List.of(first, second));
        mvc.perform(get(ordinary).with(user(president)).param("lang", "ar"))
                .andExpect(content().string(containsString("id=\"admit-0\"")));
        mvc.perform(post(ordinary + "/items/0/admissions").with(user(coop(register(CooperativeBuilder
                        .aCooperative("تعاونية متطفلة", uniqueNumber()).form())))).with(csrf())
                        .param("candidate", String.valueOf(candidate)))
                .andExpect(status().isForbidden());

        mvc.perform(post(ordinary + "/items/0/admissions").with(user(president)).with(csrf())
                        .param("candidate", String.valueOf(candidate)))
                .andExpect(flash().attribute("flash", "administration.flash.admittedByAssembly"))
                .andExpect(flash().attribute("flashArgs", new Object[] {1}));

        var line = jdbc.sql("select number, joined_on from administration_member where cooperative_id = :c "
                + "and full_name = 'سلمى'").param("c", id)
                .query((rs, n) -> rs.getInt(1) + " " + rs.getObject(2, LocalDate.class)).single();
        assertThat(line).isEqualTo("3 " + today());
        long salma = jdbc.sql("select id from administration_member where cooperative_id = :c and number = 3")
                .param("c", id).query(Long.class).single();
        mvc.perform(get("/administration/members/" + salma).with(user(president)).param("lang", "ar"))
                .andExpect(content().string(containsString(DAY.format(today()) + " #1 قبول أعضاء جدد")));
        mvc.perform(get("/administration/members").with(user(president)).param("lang", "ar"))
                .andExpect(content().string(containsString("id=\"no-candidates\"")))
                .andExpect(content().string(containsString("id=\"members-count\"><bdi>3</bdi>")));
    }

    /** An assembly of the given kind held today, its notice sent, everyone present, its one item adopted. */
    private String heldToday(TiwiziPrincipal president, String kind, List<Long> members) throws Exception {
        String location = mvc.perform(post("/administration/assemblies").with(user(president)).with(csrf())
                        .param("kind", kind).param("heldOn", DAY.format(today().plusDays(20)))
                        .param("startsAt", "10:00").param("place", "مقر التعاونية").param("agenda", "قبول أعضاء جدد"))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        long assembly = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
        mvc.perform(post(location + "/notice").with(user(president)).with(csrf())
                .param("sentOn", DAY.format(today()))).andExpect(status().is3xxRedirection());
        attendance(assembly, president, members, members.size());
        mvc.perform(post(location + "/items/0").with(user(president)).with(csrf())
                .param("inFavour", String.valueOf(members.size())).param("against", "0").param("abstentions", "0"))
                .andExpect(status().is3xxRedirection());
        jdbc.sql("update administration_assembly set held_on = :today where id = :id").param("today", today())
                .param("id", assembly).update();
        return location;
    }

    private long member(TiwiziPrincipal president, String name, String shares, String paid) throws Exception {
        mvc.perform(post("/administration/members").with(user(president)).with(csrf()).param("fullName", name)
                .param("sex", "F").param("birthYear", "1980").param("joinedOn", "01/02/2024").param("shares", shares)
                .param("shareValue", "100").param("paid", paid)).andExpect(status().is3xxRedirection());
        return jdbc.sql("select id from administration_member where cooperative_id = :c and full_name = :n")
                .param("c", president.cooperativeId()).param("n", name).query(Long.class).single();
    }

    @Test
    void anotherCooperativeNeitherReadsNorHoldsTheAssemblyAndStaffOnlyRead() throws Exception {
        long id = register(CooperativeBuilder.aCooperative("تعاونية الجمع", uniqueNumber()).form());
        long other = register(CooperativeBuilder.aCooperative("تعاونية أخرى", uniqueNumber()).form());
        String location = mvc.perform(post("/administration/assemblies").with(user(coop(id))).with(csrf())
                        .param("kind", "EXTRAORDINARY").param("heldOn", DAY.format(today().plusDays(30)))
                        .param("startsAt", "09:30").param("place", "القاعة").param("agenda", "تعديل النظام الأساسي"))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        mvc.perform(get(location).with(user(coop(other)))).andExpect(status().isForbidden());
        mvc.perform(post(location + "/notice").with(user(coop(other))).with(csrf())
                .param("sentOn", DAY.format(today()))).andExpect(status().isForbidden());
        mvc.perform(get(location).with(user(admin())).param("lang", "ar")).andExpect(status().isOk())
                .andExpect(content().string(containsString("تعديل النظام الأساسي")));
        mvc.perform(post(location + "/notice").with(user(admin())).with(csrf())
                .param("sentOn", DAY.format(today()))).andExpect(status().isForbidden());
        mvc.perform(get("/cooperatives/" + id + "/assemblies").with(user(reviewer()))).andExpect(status().isOk());
    }
}
