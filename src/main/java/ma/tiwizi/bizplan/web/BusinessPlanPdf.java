package ma.tiwizi.bizplan.web;

import java.util.Locale;
import java.util.Map;
import lombok.RequiredArgsConstructor;
import ma.tiwizi.bizplan.BusinessPlans;
import ma.tiwizi.bizplan.engine.Evaluation;
import ma.tiwizi.platform.pdf.PdfRenderer;
import ma.tiwizi.registry.CooperativeView;
import org.springframework.stereotype.Service;

/** The one-page summary of a plan as PDF, in Arabic or French. */
@Service
@RequiredArgsConstructor
class BusinessPlanPdf {

    private final PdfRenderer pdf;

    public byte[] render(BusinessPlans.PlanVersion plan, CooperativeView cooperative, Evaluation evaluation,
            Locale locale) {
        return pdf.render("bizplan/pdf.jte", Map.of("plan", plan, "cooperative", cooperative, "evaluation",
                evaluation), locale);
    }
}
