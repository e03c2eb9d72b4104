package ma.tiwizi.platform.sms;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A text as SMS parts in UCS-2 (Arabic needs it): one part of up to 70 characters, or parts of up to 67 characters
 * each behind a concatenation header (3GPP TS 23.040, information element 0x00: reference, count, sequence), which
 * the phone puts back together. A character outside the basic plane is never cut in two.
 */
public record SmsText(List<byte[]> parts, boolean concatenated) {

    static final int SINGLE = 70;
    static final int SEGMENT = 67;
    static final int MAX_PARTS = 8;

    /** Splits the text; {@code reference} tells apart the concatenated messages sent to one phone. */
    public static SmsText of(String text, int reference) {
        if (text.length() <= SINGLE) {
            return new SmsText(List.of(text.getBytes(StandardCharsets.UTF_16BE)), false);
        }
        var segments = new ArrayList<String>();
        int start = 0;
        while (start < text.length()) {
            int end = Math.min(text.length(), start + SEGMENT);
            if (end < text.length() && Character.isHighSurrogate(text.charAt(end - 1))) {
                end--;
            }
            segments.add(text.substring(start, end));
            start = end;
        }
        if (segments.size() > MAX_PARTS) {
            throw new IllegalArgumentException("An SMS of " + segments.size() + " parts is too long");
        }
        var parts = new ArrayList<byte[]>();
        for (int i = 0; i < segments.size(); i++) {
            byte[] body = segments.get(i).getBytes(StandardCharsets.UTF_16BE);
            byte[] part = new byte[6 + body.length];
            part[0] = 0x05;
            part[1] = 0x00;
            part[2] = 0x03;
            part[3] = (byte) reference;
            part[4] = (byte) segments.size();
            part[5] = (byte) (i + 1);
            System.arraycopy(body, 0, part, 6, body.length);
            parts.add(part);
        }
        return new SmsText(List.copyOf(parts), true);
    }

    /** The text back from its parts, as a phone shows it. */
    public static String read(List<byte[]> parts, boolean concatenated) {
        var text = new StringBuilder();
        for (byte[] part : parts) {
            int skip = concatenated ? (part[0] & 0xFF) + 1 : 0;
            text.append(new String(part, skip, part.length - skip, StandardCharsets.UTF_16BE));
        }
        return text.toString();
    }
}
