package ma.tiwizi.platform.sms;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.jsmpp.bean.BroadcastSm;
import org.jsmpp.bean.CancelBroadcastSm;
import org.jsmpp.bean.CancelSm;
import org.jsmpp.bean.DataSm;
import org.jsmpp.bean.OptionalParameter;
import org.jsmpp.bean.QueryBroadcastSm;
import org.jsmpp.bean.QuerySm;
import org.jsmpp.bean.ReplaceSm;
import org.jsmpp.bean.SubmitMulti;
import org.jsmpp.bean.SubmitSm;
import org.jsmpp.extra.ProcessRequestException;
import org.jsmpp.session.BroadcastSmResult;
import org.jsmpp.session.DataSmResult;
import org.jsmpp.session.QueryBroadcastSmResult;
import org.jsmpp.session.QuerySmResult;
import org.jsmpp.session.SMPPServerSession;
import org.jsmpp.session.SMPPServerSessionListener;
import org.jsmpp.session.ServerMessageReceiverListener;
import org.jsmpp.session.Session;
import org.jsmpp.session.SubmitMultiResult;
import org.jsmpp.session.SubmitSmResult;
import org.jsmpp.util.MessageId;

/**
 * A real SMPP server for tests (jSMPP's server side) on a free port of 127.0.0.1: it accepts binds, keeps every
 * submission, gives each an id (run-1, run-2…), refuses the next ones when told, and can send delivery receipts back.
 */
public final class TestSmsc implements AutoCloseable {

    private final List<SubmitSm> received = new CopyOnWriteArrayList<>();
    private final AtomicInteger refuseNext = new AtomicInteger();
    private final AtomicInteger ids = new AtomicInteger();
    /** This server's message ids: its own, whatever other servers gave. */
    private final String run = Long.toHexString(System.nanoTime()) + "-";
    private final SMPPServerSessionListener server;
    private final int port;
    private volatile SMPPServerSession session;

    private TestSmsc() throws IOException {
        try (var free = new java.net.ServerSocket(0)) {
            port = free.getLocalPort();
        }
        server = new SMPPServerSessionListener(port);
        server.setMessageReceiverListener(new Smsc());
        var accepting = new Thread(() -> {
            while (true) {
                try {
                    var accepted = server.accept();
                    accepted.waitForBind(5_000).accept("tiwizi-test");
                    session = accepted;
                } catch (Exception stopped) {
                    return; // the listener was closed
                }
            }
        });
        accepting.setDaemon(true);
        accepting.start();
    }

    public static TestSmsc start() {
        try {
            return new TestSmsc();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    public int port() {
        return port;
    }

    /** Every submission received, in order. */
    public List<SubmitSm> received() {
        return received;
    }

    /** The id the server gave the n-th submission (from 1). */
    public String messageId(int n) {
        return run + n;
    }

    /** The id of the last submission. */
    public String lastMessageId() {
        return run + ids.get();
    }

    /** Refuses the next {@code count} submissions (the gateway is throttling). */
    public void refuseNext(int count) {
        refuseNext.set(count);
    }

    /** The session bound last, to send receipts on. */
    public SMPPServerSession session() {
        return session;
    }

    /** The texts received for a destination ("2126…"), each reassembled from its parts. */
    public List<String> textsTo(String destination) {
        List<String> texts = new ArrayList<>();
        List<byte[]> parts = new ArrayList<>();
        for (var part : received) {
            if (!part.getDestAddress().equals(destination)) {
                continue;
            }
            byte[] bytes = part.getShortMessage();
            boolean concatenated = (part.getEsmClass() & 0x40) != 0;
            parts.add(bytes);
            if (!concatenated || bytes[5] == bytes[4]) {
                texts.add(SmsText.read(parts, concatenated));
                parts = new ArrayList<>();
            }
        }
        return texts;
    }

    @Override
    public void close() {
        try {
            server.close();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Takes each submission (or refuses the next ones when told), giving ids run-1, run-2… */
    private final class Smsc implements ServerMessageReceiverListener {

        @Override
        public SubmitSmResult onAcceptSubmitSm(SubmitSm submitSm, SMPPServerSession source)
                throws ProcessRequestException {
            if (refuseNext.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
                throw new ProcessRequestException("throttled", 0x58);
            }
            received.add(submitSm);
            try {
                return new SubmitSmResult(new MessageId(run + ids.incrementAndGet()), new OptionalParameter[0]);
            } catch (Exception e) {
                throw new ProcessRequestException(e.getMessage(), 0x08);
            }
        }

        @Override
        public SubmitMultiResult onAcceptSubmitMulti(SubmitMulti submitMulti, SMPPServerSession source)
                throws ProcessRequestException {
            throw new ProcessRequestException("not supported", 0x03);
        }

        @Override
        public QuerySmResult onAcceptQuerySm(QuerySm querySm, SMPPServerSession source)
                throws ProcessRequestException {
            throw new ProcessRequestException("not supported", 0x03);
        }

        @Override
        public void onAcceptReplaceSm(ReplaceSm replaceSm, SMPPServerSession source) throws ProcessRequestException {
            throw new ProcessRequestException("not supported", 0x03);
        }

        @Override
        public void onAcceptCancelSm(CancelSm cancelSm, SMPPServerSession source) throws ProcessRequestException {
            throw new ProcessRequestException("not supported", 0x03);
        }

        @Override
        public BroadcastSmResult onAcceptBroadcastSm(BroadcastSm broadcastSm, SMPPServerSession source)
                throws ProcessRequestException {
            throw new ProcessRequestException("not supported", 0x03);
        }

        @Override
        public void onAcceptCancelBroadcastSm(CancelBroadcastSm cancel, SMPPServerSession source)
                throws ProcessRequestException {
            throw new ProcessRequestException("not supported", 0x03);
        }

        @Override
        public QueryBroadcastSmResult onAcceptQueryBroadcastSm(QueryBroadcastSm query, SMPPServerSession source)
                throws ProcessRequestException {
            throw new ProcessRequestException("not supported", 0x03);
        }

        @Override
        public DataSmResult onAcceptDataSm(DataSm dataSm, Session source) throws ProcessRequestException {
            throw new ProcessRequestException("not supported", 0x03);
        }
    }
}
