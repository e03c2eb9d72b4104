package ma.tiwizi.training.web;

import jakarta.servlet.http.HttpServletResponse;
import lombok.RequiredArgsConstructor;
import ma.tiwizi.platform.PageOf;
import ma.tiwizi.platform.UserFacingException;
import ma.tiwizi.training.internal.Attendance;
import ma.tiwizi.training.internal.Programmes;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The trainer's sessions and the attendance sheet, made for a phone. */
@Controller
@RequiredArgsConstructor
class AttendanceController {

    private final Attendance attendance;
    private final Programmes programmes;

    @GetMapping("/trainer/sessions")
    String mySessions(@RequestParam(required = false) Integer page, Model model) {
        model.addAttribute("sessions", attendance.mySessions(PageOf.clampPage(page)));
        model.addAttribute("modules", programmes.modules());
        return "training/trainer-sessions";
    }

    @GetMapping("/trainer/sessions/{id}")
    String sheet(@PathVariable long id, Model model) {
        model.addAttribute("refusal", null);
        return page(id, model);
    }

    private String page(long id, Model model) {
        var sheet = attendance.sheet(id);
        model.addAttribute("sheet", sheet);
        model.addAttribute("module", programmes.moduleById(sheet.session().moduleId()));
        return "training/attendance";
    }

    @PostMapping("/trainer/sessions/{id}/attendance")
    String mark(@PathVariable long id, @RequestParam long participant, @RequestParam boolean present,
            Model model, HttpServletResponse response) {
        try {
            attendance.mark(id, participant, present);
        } catch (UserFacingException refusal) {
            response.setStatus(HttpStatus.CONFLICT.value());
            model.addAttribute("refusal", refusal.messageKey());
            return page(id, model);
        }
        return "redirect:/trainer/sessions/" + id + "#p" + participant;
    }
}
