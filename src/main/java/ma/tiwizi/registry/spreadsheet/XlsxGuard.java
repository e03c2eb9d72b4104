package ma.tiwizi.registry.spreadsheet;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.utils.SeekableInMemoryByteChannel;

/**
 * Reads an .xlsx archive once, in bounded memory, before any spreadsheet library parses it: a file of under 2 MB can
 * expand to gigabytes (one huge shared string, a row of millions of columns) and take the whole server down. Counts
 * the bytes really inflated (not the sizes the archive claims), entry by entry and in all, the ratio to the file's
 * size, and streams the sheets' and shared strings' XML to bound cell length, column letters and rows.
 */
final class XlsxGuard {

    static final long MAX_TOTAL = 100L * 1024 * 1024;
    static final long MAX_ENTRY = 60L * 1024 * 1024;
    static final int MAX_RATIO = 100;
    static final int MAX_ENTRIES = 500;
    /** Excel's own limit on a cell's text. */
    static final int MAX_CELL = 32_767;
    /** The import template has a few dozen columns; column letters beyond these are no sheet of ours. */
    static final int MAX_COLUMN = 256;

    private static final XMLInputFactory XML = XMLInputFactory.newFactory();

    static {
        XML.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        XML.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    }

    private XlsxGuard() {
    }

    /** Throws when the archive is not an ordinary spreadsheet of at most {@code maxRows} rows. */
    static void check(byte[] content, int maxRows) throws SpreadsheetReader.Refused {
        long budget = Math.min(MAX_TOTAL, (long) content.length * MAX_RATIO);
        var total = new long[] {0};
        int count = 0;
        // the central directory, read as the spreadsheet library reads it (commons-compress)
        try (var zip = ZipFile.builder().setSeekableByteChannel(new SeekableInMemoryByteChannel(content)).get()) {
            for (var entries = zip.getEntries(); entries.hasMoreElements();) {
                var entry = entries.nextElement();
                if (++count > MAX_ENTRIES) {
                    throw unusual();
                }
                try (var bounded = new Bounded(zip.getInputStream(entry), total, budget)) {
                    String name = entry.getName();
                    if (name.startsWith("xl/worksheets/") && name.endsWith(".xml")) {
                        scanSheet(bounded, maxRows);
                    } else if (name.equals("xl/sharedStrings.xml")) {
                        scanStrings(bounded);
                    }
                    bounded.drain();
                }
            }
        } catch (TooLarge | XMLStreamException e) {
            throw unusual();
        } catch (IOException | RuntimeException e) {
            if (causedBy(e, TooLarge.class)) {
                throw unusual();
            }
            throw new SpreadsheetReader.Refused("registry.import.error.notSpreadsheet");
        }
    }

    private static void scanSheet(InputStream in, int maxRows) throws XMLStreamException, SpreadsheetReader.Refused {
        var reader = XML.createXMLStreamReader(in);
        int rows = 0;
        int text = 0;
        while (reader.hasNext()) {
            int event = reader.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                String element = reader.getLocalName();
                text = 0;
                if (element.equals("row") && ++rows > maxRows + 1) {
                    throw new SpreadsheetReader.Refused("registry.import.error.tooManyRows", maxRows);
                }
                if (element.equals("c") && column(reader.getAttributeValue(null, "r")) > MAX_COLUMN) {
                    throw unusual();
                }
            } else if (event == XMLStreamConstants.CHARACTERS && (text += reader.getTextLength()) > MAX_CELL) {
                throw unusual();
            }
        }
    }

    private static void scanStrings(InputStream in) throws XMLStreamException, SpreadsheetReader.Refused {
        var reader = XML.createXMLStreamReader(in);
        int text = 0;
        while (reader.hasNext()) {
            int event = reader.next();
            if (event == XMLStreamConstants.START_ELEMENT && reader.getLocalName().equals("si")) {
                text = 0;
            } else if (event == XMLStreamConstants.CHARACTERS && (text += reader.getTextLength()) > MAX_CELL) {
                throw unusual();
            }
        }
    }

    /** The column number of a cell reference such as {@code AB12}; 0 when there is none. */
    static int column(String reference) {
        if (reference == null) {
            return 0;
        }
        int column = 0;
        for (int i = 0; i < reference.length() && Character.isLetter(reference.charAt(i)); i++) {
            if (i >= 4) {
                return Integer.MAX_VALUE;
            }
            column = column * 26 + (Character.toUpperCase(reference.charAt(i)) - 'A' + 1);
        }
        return column;
    }

    private static boolean causedBy(Throwable e, Class<?> type) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }

    private static SpreadsheetReader.Refused unusual() {
        return new SpreadsheetReader.Refused("registry.import.error.unusual");
    }

    private static final class TooLarge extends RuntimeException {
        TooLarge() {
            super(null, null, false, false);
        }
    }

    /** One entry's inflated bytes, counted against the entry's and the archive's limits. */
    private static final class Bounded extends FilterInputStream {
        private final long[] total;
        private final long budget;
        private long entry;

        Bounded(InputStream in, long[] total, long budget) {
            super(in);
            this.total = total;
            this.budget = budget;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            if (n > 0) {
                count(n);
            }
            return n;
        }

        private void count(int n) {
            entry += n;
            total[0] += n;
            if (entry > MAX_ENTRY || total[0] > budget) {
                throw new TooLarge();
            }
        }

        void drain() throws IOException {
            byte[] buffer = new byte[64 * 1024];
            while (read(buffer, 0, buffer.length) >= 0) {
                // counted as it goes
            }
        }

    }
}
