package ma.tiwizi.platform.sms;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Date;
import java.util.List;
import ma.tiwizi.PostgresIntegrationTest;
import org.jsmpp.bean.Alphabet;
import org.jsmpp.bean.DeliveryReceipt;
import org.jsmpp.bean.ESMClass;
import org.jsmpp.bean.GSMSpecificFeature;
import org.jsmpp.bean.GeneralDataCoding;
import org.jsmpp.bean.MessageMode;
import org.jsmpp.bean.MessageType;
import org.jsmpp.bean.NumberingPlanIndicator;
import org.jsmpp.bean.RegisteredDelivery;
import org.jsmpp.bean.SubmitSm;
import org.jsmpp.bean.TypeOfNumber;
import org.jsmpp.util.DeliveryReceiptState;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * SMS through a real SMPP server started in the test (jSMPP's server side): the bytes that arrive are UCS-2 Arabic,
 * in concatenated parts with their header; the delivery receipts the server sends back settle each message; a refused
 * submission is tried again later and a message is never sent twice.
 */
class SmsThroughSmppTest extends PostgresIntegrationTest {

    @Autowired SmsOutbox outbox;
    @Autowired JdbcClient jdbc;

    private TestSmsc smsc;
    private List<SubmitSm> received;
    private SmsDispatcher dispatcher;

    @BeforeEach
    void startTheSmsc() {
        smsc = TestSmsc.start();
        received = smsc.received();
        dispatcher = new SmsDispatcher(outbox, new SmsProperties("127.0.0.1", smsc.port(), "tiwizi",
                "secret", "Tiwizi", java.time.Duration.ofSeconds(5)));
        jdbc.sql("update platform_sms set status = 'FAILED' where status = 'QUEUED'").update();
    }

    @AfterEach
    void stopTheSmsc() throws Exception {
        dispatcher.destroy();
        smsc.close();
    }

    @Test
    void aLongArabicTextArrivesInConcatenatedUcs2PartsAndItsReceiptsSettleIt() throws Exception {
        String text = "تعاونية الأمل: تمت الموافقة على طلبكم للدعم من المبادرة الوطنية للتنمية البشرية. "
                + "اطلعوا على الاتفاقية والشطر الأول على تيويزي: https://tiwizi.example/applications/42";
        assertThat(outbox.queue("sms-test-long-" + System.nanoTime(), "06 61 23 45 67", text)).isTrue();

        dispatcher.dispatch();

        int parts = (text.length() + 66) / 67;
        assertThat(parts).as("longer than two parts of 67 characters").isEqualTo(3);
        assertThat(received).hasSize(parts);
        for (int i = 0; i < parts; i++) {
            var part = received.get(i);
            assertThat(part.getDestAddress()).isEqualTo("212661234567");
            assertThat(part.getDataCoding()).as("UCS-2").isEqualTo((byte) 0x08);
            assertThat(part.getEsmClass() & 0x40).as("the UDH indicator").isEqualTo(0x40);
            byte[] bytes = part.getShortMessage();
            assertThat(new byte[] {bytes[0], bytes[1], bytes[2], bytes[4], bytes[5]})
                    .containsExactly(0x05, 0x00, 0x03, parts, i + 1);
            assertThat(bytes[3]).as("both parts carry the same reference").isEqualTo(received.get(0)
                    .getShortMessage()[3]);
        }
        assertThat(SmsText.read(received.stream().map(SubmitSm::getShortMessage).toList(), true)).isEqualTo(text);
        long id = idOf(text);
        assertThat(status(id)).isEqualTo("SENT");

        receipt(smsc.messageId(1), DeliveryReceiptState.DELIVRD);
        waitFor(() -> jdbc.sql("select count(*) from platform_sms_part where message_id = :m and status = "
                + "'DELIVERED'").param("m", smsc.messageId(1)).query(Long.class).single() == 1);
        receipt(smsc.messageId(2), DeliveryReceiptState.DELIVRD);
        waitFor(() -> jdbc.sql("select count(*) from platform_sms_part where message_id = :m and status = "
                + "'DELIVERED'").param("m", smsc.messageId(2)).query(Long.class).single() == 1);
        assertThat(status(id)).as("two parts of three delivered").isEqualTo("SENT");
        receipt(smsc.messageId(3), DeliveryReceiptState.DELIVRD);
        waitFor(() -> "DELIVERED".equals(status(id)));
    }

    @Test
    void aRefusedSubmissionIsTriedAgainLaterAndNeverTwiceAndAFailedReceiptSaysSo() throws Exception {
        String once = "sms-test-retry-" + System.nanoTime();
        outbox.queue(once, "+212 7 00 11 22 33", "رمز التحقق: 482913");
        outbox.queue(once, "+212 7 00 11 22 33", "رمز التحقق: 482913");
        smsc.refuseNext(1);

        dispatcher.dispatch();
        long id = jdbc.sql("select id from platform_sms where once = :o").param("o", once).query(Long.class)
                .single();
        assertThat(status(id)).isEqualTo("QUEUED");
        assertThat(jdbc.sql("select attempts from platform_sms where id = :id").param("id", id)
                .query(Integer.class).single()).isEqualTo(1);
        dispatcher.dispatch();
        assertThat(received).as("not yet due again").isEmpty();

        jdbc.sql("update platform_sms set next_attempt_at = next_attempt_at - interval '1 hour' where id = :id")
                .param("id", id).update();
        dispatcher.dispatch();
        dispatcher.dispatch();
        assertThat(received).as("queued twice, sent once").hasSize(1);
        assertThat(received.getFirst().getEsmClass() & 0x40).as("one part, no header").isZero();
        assertThat(new String(received.getFirst().getShortMessage(), StandardCharsets.UTF_16BE))
                .isEqualTo("رمز التحقق: 482913");

        receipt(smsc.lastMessageId(), DeliveryReceiptState.UNDELIV);
        waitFor(() -> "FAILED".equals(status(id)));
    }

    @Test
    void aNumberThatIsNotAMoroccanMobileIsNotQueued() {
        assertThat(outbox.queue("sms-test-landline-" + System.nanoTime(), "0528 85 12 34", "نص")).isFalse();
        assertThat(outbox.queue("sms-test-foreign-" + System.nanoTime(), "+33 6 12 34 56 78", "نص")).isFalse();
    }

    private void receipt(String messageId, DeliveryReceiptState state) throws Exception {
        var receipt = new DeliveryReceipt(messageId, 1, state == DeliveryReceiptState.DELIVRD ? 1 : 0, new Date(),
                new Date(), state, "000", "");
        smsc.session().deliverShortMessage("", TypeOfNumber.INTERNATIONAL, NumberingPlanIndicator.ISDN, "212600000000",
                TypeOfNumber.ALPHANUMERIC, NumberingPlanIndicator.UNKNOWN, "Tiwizi",
                new ESMClass(MessageMode.DEFAULT, MessageType.SMSC_DEL_RECEIPT, GSMSpecificFeature.DEFAULT),
                (byte) 0, (byte) 0, new RegisteredDelivery(0), new GeneralDataCoding(Alphabet.ALPHA_DEFAULT),
                receipt.toString().getBytes(StandardCharsets.US_ASCII));
    }

    private long idOf(String text) {
        return jdbc.sql("select id from platform_sms where text = :t").param("t", text).query(Long.class)
                .single();
    }

    private String status(long id) {
        return jdbc.sql("select status from platform_sms where id = :id").param("id", id).query(String.class)
                .single();
    }

    private static void waitFor(java.util.function.BooleanSupplier condition) throws InterruptedException {
        long started = System.currentTimeMillis();
        while (!condition.getAsBoolean()) {
            assertThat(System.currentTimeMillis() - started).as("waited for the receipt").isLessThan(10_000);
            Thread.sleep(50);
        }
    }
}
