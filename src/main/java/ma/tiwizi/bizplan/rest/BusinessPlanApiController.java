package ma.tiwizi.bizplan.rest;

import jakarta.validation.Valid;
import lombok.RequiredArgsConstructor;
import ma.tiwizi.bizplan.BusinessPlans;
import ma.tiwizi.bizplan.engine.Evaluation;
import ma.tiwizi.bizplan.engine.PlanInput;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The business-plan engine as a service: a plan in, projections, indicators, verdict and sensitivity out. */
@RestController
@RequestMapping("/api/v1/bizplan")
@RequiredArgsConstructor
class BusinessPlanApiController {

    private final BusinessPlans plans;

    /** Evaluates a plan with the committee's current thresholds; nothing is stored. */
    @PostMapping("/evaluate")
    Evaluation evaluate(@Valid @RequestBody PlanInput plan) {
        return plans.evaluate(plan);
    }
}
