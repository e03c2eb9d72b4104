package ma.tiwizi.bizplan;

import com.openhtmltopdf.bidi.support.ICUBidiReorderer;
import com.openhtmltopdf.bidi.support.ICUBidiSplitter;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Map;
import ma.tiwizi.bizplan.engine.Evaluation;
import ma.tiwizi.platform.web.Ui;
import ma.tiwizi.registry.CooperativeView;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;

/**
 * The one-page summary of a plan as PDF, in Arabic (right to left, letters joined by ICU) or French, with the Amiri
 * font embedded so it prints the same everywhere.
 */
@Service
public class BusinessPlanPdf {

    static {
        // openhtmltopdf reports every page it lays out; only its warnings matter here
        com.openhtmltopdf.util.XRLog.listRegisteredLoggers().forEach(
                logger -> com.openhtmltopdf.util.XRLog.setLevel(logger, java.util.logging.Level.WARNING));
    }

    private final TemplateEngine templates;
    private final MessageSource messages;

    BusinessPlanPdf(TemplateEngine templates, MessageSource messages) {
        this.templates = templates;
        this.messages = messages;
    }

    public byte[] render(BusinessPlans.PlanVersion plan, CooperativeView cooperative, Evaluation evaluation,
            Locale locale) {
        var ui = new Ui(messages, locale, "/", null, null, null, Map.of(), Map.of());
        var html = new StringOutput();
        templates.render("bizplan/pdf.jte", Map.of("ui", ui, "plan", plan, "cooperative", cooperative,
                "evaluation", evaluation), html);
        var out = new ByteArrayOutputStream();
        var builder = new PdfRendererBuilder();
        builder.useUnicodeBidiSplitter(new ICUBidiSplitter.ICUBidiSplitterFactory());
        builder.useUnicodeBidiReorderer(new ICUBidiReorderer());
        builder.defaultTextDirection(ui.rtl() ? BaseRendererBuilder.TextDirection.RTL
                : BaseRendererBuilder.TextDirection.LTR);
        builder.useFont(() -> BusinessPlanPdf.class.getResourceAsStream("/fonts/Amiri-Regular.ttf"), "Amiri", 400,
                BaseRendererBuilder.FontStyle.NORMAL, true);
        builder.useFont(() -> BusinessPlanPdf.class.getResourceAsStream("/fonts/Amiri-Bold.ttf"), "Amiri", 700,
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
