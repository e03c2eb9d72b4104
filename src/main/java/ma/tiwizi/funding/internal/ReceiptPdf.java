package ma.tiwizi.funding.internal;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import lombok.RequiredArgsConstructor;
import ma.tiwizi.platform.pdf.PdfRenderer;
import ma.tiwizi.registry.CooperativeView;
import org.springframework.stereotype.Service;

/**
 * Documents printed for an application, in Arabic or French: the receipt of submission (reference, date, project,
 * amounts, documents) and the agreement to sign after approval.
 */
@Service
@RequiredArgsConstructor
public class ReceiptPdf {

    private final PdfRenderer pdf;

    public byte[] agreement(ApplicationView application, Disbursements.AgreementView agreement, CallView call,
            CooperativeView cooperative, List<Disbursements.TrancheView> tranches, Locale locale) {
        return pdf.render("funding/agreement-pdf.jte", Map.of("application", application, "agreement", agreement,
                "call", call, "cooperative", cooperative, "tranches", tranches), locale);
    }

    public byte[] render(ApplicationView application, CallView call, CooperativeView cooperative, Locale locale) {
        return pdf.render("funding/receipt.jte", Map.of("application", application, "call", call, "cooperative",
                cooperative), locale);
    }
}
