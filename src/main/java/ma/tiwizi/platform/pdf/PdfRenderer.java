package ma.tiwizi.platform.pdf;

import com.openhtmltopdf.bidi.support.ICUBidiReorderer;
import com.openhtmltopdf.bidi.support.ICUBidiSplitter;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.util.XRLog;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.logging.Level;
import lombok.RequiredArgsConstructor;
import ma.tiwizi.platform.web.Ui;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;

/**
 * Prints a JTE template (well-formed XHTML) as PDF: Arabic joined and right to left by ICU, the Amiri font embedded
 * (it has Latin letters too) so the document prints the same everywhere. The template receives {@code ui} for the
 * chosen language.
 */
@Service
@RequiredArgsConstructor
public class PdfRenderer {

    static {
        // openhtmltopdf reports every page it lays out; only its warnings matter here
        XRLog.listRegisteredLoggers().forEach(
                logger -> XRLog.setLevel(logger, Level.WARNING));
    }

    private final TemplateEngine templates;
    private final MessageSource messages;

    public byte[] render(String template, Map<String, Object> parameters, Locale locale) {
        var ui = new Ui(messages, locale, "/", null, null, null, Map.of(), Map.of());
        var all = new HashMap<>(parameters);
        all.put("ui", ui);
        var html = new StringOutput();
        templates.render(template, all, html);
        var out = new ByteArrayOutputStream();
        var builder = new PdfRendererBuilder();
        builder.useUnicodeBidiSplitter(new ICUBidiSplitter.ICUBidiSplitterFactory());
        builder.useUnicodeBidiReorderer(new ICUBidiReorderer());
        builder.defaultTextDirection(ui.rtl() ? BaseRendererBuilder.TextDirection.RTL
                : BaseRendererBuilder.TextDirection.LTR);
        builder.useFont(() -> PdfRenderer.class.getResourceAsStream("/fonts/Amiri-Regular.ttf"), "Amiri", 400,
                BaseRendererBuilder.FontStyle.NORMAL, true);
        builder.useFont(() -> PdfRenderer.class.getResourceAsStream("/fonts/Amiri-Bold.ttf"), "Amiri", 700,
                BaseRendererBuilder.FontStyle.NORMAL, true);
        builder.withHtmlContent(html.toString(), null);
        builder.toStream(out);
        try {
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
