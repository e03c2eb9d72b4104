package ma.tiwizi.platform.sms;

import java.util.ArrayList;
import java.util.List;
import org.jsmpp.bean.AlertNotification;
import org.jsmpp.bean.Alphabet;
import org.jsmpp.bean.BindType;
import org.jsmpp.bean.DataSm;
import org.jsmpp.bean.DeliverSm;
import org.jsmpp.bean.ESMClass;
import org.jsmpp.bean.GSMSpecificFeature;
import org.jsmpp.bean.GeneralDataCoding;
import org.jsmpp.bean.MessageMode;
import org.jsmpp.bean.MessageType;
import org.jsmpp.bean.NumberingPlanIndicator;
import org.jsmpp.bean.RegisteredDelivery;
import org.jsmpp.bean.SMSCDeliveryReceipt;
import org.jsmpp.bean.TypeOfNumber;
import org.jsmpp.extra.ProcessRequestException;
import org.jsmpp.session.BindParameter;
import org.jsmpp.session.DataSmResult;
import org.jsmpp.session.MessageReceiverListener;
import org.jsmpp.session.SMPPSession;
import org.jsmpp.session.Session;
import org.jsmpp.util.DeliveryReceiptState;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An SMPP 3.4 transceiver bound to the operator's or bulk-SMS provider's gateway (jSMPP): submits each part in UCS-2,
 * with the concatenation header when there are several, asks for a delivery receipt, and hands the receipts that
 * come back to the outbox. The session is opened when first needed and opened again after it broke.
 */
class SmppGateway implements SmsGateway, AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(SmppGateway.class);

    private final SmsProperties properties;
    private final SmsOutbox outbox;
    private SMPPSession session;

    SmppGateway(SmsProperties properties, SmsOutbox outbox) {
        this.properties = properties;
        this.outbox = outbox;
    }

    @Override
    public synchronized List<String> send(String phone, SmsText text) throws Exception {
        var session = session();
        var ids = new ArrayList<String>();
        var esm = new ESMClass(MessageMode.DEFAULT, MessageType.DEFAULT,
                text.concatenated() ? GSMSpecificFeature.UDHI : GSMSpecificFeature.DEFAULT);
        for (byte[] part : text.parts()) {
            var result = session.submitShortMessage("", TypeOfNumber.ALPHANUMERIC, NumberingPlanIndicator.UNKNOWN,
                    properties.source(), TypeOfNumber.INTERNATIONAL, NumberingPlanIndicator.ISDN,
                    phone.startsWith("+") ? phone.substring(1) : phone, esm, (byte) 0, (byte) 1, null, null,
                    new RegisteredDelivery(SMSCDeliveryReceipt.SUCCESS_FAILURE), (byte) 0,
                    new GeneralDataCoding(Alphabet.ALPHA_UCS2), (byte) 0, part);
            ids.add(result.getMessageId());
        }
        return ids;
    }

    private SMPPSession session() throws java.io.IOException {
        if (session != null && session.getSessionState().isBound()) {
            return session;
        }
        if (session != null) {
            session.unbindAndClose();
        }
        var fresh = new SMPPSession();
        fresh.setTransactionTimer(properties.timeout().toMillis());
        fresh.setEnquireLinkTimer(30_000);
        fresh.setMessageReceiverListener(new Receipts());
        fresh.connectAndBind(properties.host(), properties.port(), new BindParameter(BindType.BIND_TRX,
                properties.systemId(), properties.password(), "", TypeOfNumber.UNKNOWN,
                NumberingPlanIndicator.UNKNOWN, null));
        log.info("Bound to the SMPP gateway {}:{} as {}", properties.host(), properties.port(), properties.systemId());
        session = fresh;
        return fresh;
    }

    @Override
    public synchronized void close() {
        if (session != null) {
            session.unbindAndClose();
            session = null;
        }
    }

    /** Delivery receipts: each moves its part to delivered or failed. */
    private final class Receipts implements MessageReceiverListener {

        @Override
        public void onAcceptDeliverSm(DeliverSm deliverSm) throws ProcessRequestException {
            if (!deliverSm.isSmscDeliveryReceipt()) {
                return;
            }
            try {
                var receipt = deliverSm.getShortMessageAsDeliveryReceipt();
                outbox.receipt(receipt.getId(), receipt.getFinalStatus() == DeliveryReceiptState.DELIVRD);
            } catch (Exception unreadable) {
                log.warn("A delivery receipt could not be read", unreadable);
            }
        }

        @Override
        public void onAcceptAlertNotification(AlertNotification alert) {
        }

        @Override
        public DataSmResult onAcceptDataSm(DataSm dataSm, Session source) throws ProcessRequestException {
            throw new ProcessRequestException("data_sm is not accepted", 0x03);
        }
    }
}
