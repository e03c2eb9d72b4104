package ma.tiwizi.training.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import ma.tiwizi.platform.NotFoundException;
import ma.tiwizi.platform.UserFacingException;
import ma.tiwizi.platform.qr.QrCode;
import ma.tiwizi.platform.web.CompleteValidation;
import ma.tiwizi.platform.web.Form;
import ma.tiwizi.platform.web.Ui;
import ma.tiwizi.training.internal.Attendance;
import ma.tiwizi.training.internal.LearningGain;
import ma.tiwizi.training.internal.Programmes;
import ma.tiwizi.training.internal.QuestionForm;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.convert.ConversionService;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.DirectFieldBindingResult;
import org.springframework.validation.Validator;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Pre- and post-tests: ADMIN writes a module's questions; the trainer shows the two test links as QR codes; a
 * participant opens one on their phone (no account), gives the phone number they were enrolled with and answers.
 */
@Controller
class LearningController {

    private final LearningGain tests;
    private final Programmes programmes;
    private final Attendance attendance;
    private final Validator validator;
    private final ConversionService conversions;

    LearningController(LearningGain tests, Programmes programmes, Attendance attendance, Validator validator,
            @Qualifier("mvcConversionService") ConversionService conversions) {
        this.tests = tests;
        this.programmes = programmes;
        this.attendance = attendance;
        this.validator = validator;
        this.conversions = conversions;
    }

    @GetMapping("/admin/training/modules/{id}/questions")
    String questions(@PathVariable long id, Model model, @ModelAttribute("ui") Ui ui) {
        return questionsPage(id, model, ui, new DirectFieldBindingResult(QuestionForm.blank(), "form"));
    }

    @PostMapping("/admin/training/modules/{id}/questions")
    String addQuestion(@PathVariable long id, @Valid @ModelAttribute("form") QuestionForm form, BindingResult binding,
            Model model, @ModelAttribute("ui") Ui ui, HttpServletRequest request, HttpServletResponse response,
            RedirectAttributes redirect) {
        CompleteValidation.validateRest(binding, QuestionForm.class, request, validator, conversions);
        return Form.submit(binding, response, () -> {
            tests.addQuestion(id, form);
            redirect.addFlashAttribute("flash", "training.flash.questionAdded");
            return "redirect:/admin/training/modules/" + id + "/questions";
        }, () -> questionsPage(id, model, ui, binding));
    }

    @PostMapping("/admin/training/questions/{id}/delete")
    String removeQuestion(@PathVariable long id, RedirectAttributes redirect) {
        long module = tests.removeQuestion(id);
        redirect.addFlashAttribute("flash", "training.flash.questionRemoved");
        return "redirect:/admin/training/modules/" + module + "/questions";
    }

    private String questionsPage(long id, Model model, Ui ui, BindingResult binding) {
        model.addAttribute("module", programmes.module(id).module());
        model.addAttribute("questions", tests.questions(id));
        model.addAttribute("form", new Form(binding, ui, Map.of("choicesMatch", "choicesAr")));
        return "training/questions";
    }

    /** The trainer's page with the two test links and their QR codes (only for the trainer's own sessions). */
    @GetMapping("/trainer/sessions/{id}/tests")
    String links(@PathVariable long id, Model model) {
        var sheet = attendance.sheet(id);
        var links = new LinkedHashMap<LearningGain.Phase, String>();
        var qrs = new LinkedHashMap<LearningGain.Phase, String>();
        for (var phase : LearningGain.Phase.values()) {
            links.put(phase, tests.link(id, phase));
            qrs.put(phase, QrCode.dataUri(links.get(phase), 400));
        }
        model.addAttribute("sessionId", id);
        model.addAttribute("module", programmes.moduleById(sheet.session().moduleId()));
        model.addAttribute("questionCount", tests.questions(sheet.session().moduleId()).size());
        model.addAttribute("links", links);
        model.addAttribute("qrs", qrs);
        return "training/test-links";
    }

    @GetMapping("/learning/{id}/{phase}")
    String test(@PathVariable long id, @PathVariable String phase, @RequestParam(required = false) String key,
            Model model, HttpServletResponse response) {
        return testPage(id, phase(phase), key, "", Map.of(), null, null, model, response);
    }

    @PostMapping("/learning/{id}/{phase}")
    String answer(@PathVariable long id, @PathVariable String phase, @RequestParam(required = false) String key,
            @RequestParam(required = false) String phone, @RequestParam Map<String, String> params, Model model,
            HttpServletResponse response) {
        var answers = answers(params);
        try {
            var result = tests.take(id, phase(phase), key, phone, answers);
            return testPage(id, phase(phase), key, phone, answers, result, null, model, response);
        } catch (UserFacingException refusal) {
            response.setStatus(HttpStatus.CONFLICT.value());
            return testPage(id, phase(phase), key, phone, answers, null, refusal.messageKey(), model, response);
        }
    }

    private String testPage(long id, LearningGain.Phase phase, String key, String phone, Map<Long, Integer> answers,
            LearningGain.Result result, String refusal, Model model, HttpServletResponse response) {
        try {
            var test = tests.open(id, phase, key);
            model.addAttribute("test", test);
            model.addAttribute("module", programmes.moduleById(test.session().moduleId()));
        } catch (UserFacingException forged) {
            response.setStatus(HttpStatus.NOT_FOUND.value());
            model.addAttribute("test", null);
            model.addAttribute("module", null);
            refusal = forged.messageKey();
        }
        model.addAttribute("key", key == null ? "" : key);
        model.addAttribute("phone", phone == null ? "" : phone);
        model.addAttribute("answers", answers);
        model.addAttribute("result", result);
        model.addAttribute("refusal", refusal);
        return "training/test";
    }

    private static LearningGain.Phase phase(String phase) {
        try {
            return LearningGain.Phase.valueOf(phase.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            throw new NotFoundException("test", 0L);
        }
    }

    /** The answers as typed: parameters named q{question id} holding the 1-based choice. */
    private static Map<Long, Integer> answers(Map<String, String> params) {
        var answers = new HashMap<Long, Integer>();
        params.forEach((name, value) -> {
            if (name.matches("q\\d{1,12}") && value != null && value.matches("\\d{1,2}")) {
                answers.put(Long.parseLong(name.substring(1)), Integer.parseInt(value));
            }
        });
        return answers;
    }
}
