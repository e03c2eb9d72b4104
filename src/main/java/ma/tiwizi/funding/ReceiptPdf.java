package ma.tiwizi.funding;

import java.util.Locale;
import java.util.Map;
import ma.tiwizi.platform.pdf.PdfRenderer;
import ma.tiwizi.registry.CooperativeView;
import org.springframework.stereotype.Service;

/** The receipt of a submitted application, in Arabic or French: reference, date, project, amounts, documents. */
@Service
public class ReceiptPdf {

    private final PdfRenderer pdf;

    ReceiptPdf(PdfRenderer pdf) {
        this.pdf = pdf;
    }

    public byte[] render(ApplicationView application, CallView call, CooperativeView cooperative, Locale locale) {
        return pdf.render("funding/receipt.jte", Map.of("application", application, "call", call, "cooperative",
                cooperative), locale);
    }
}
