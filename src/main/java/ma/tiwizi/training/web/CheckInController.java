package ma.tiwizi.training.web;

import jakarta.servlet.http.HttpServletResponse;
import lombok.RequiredArgsConstructor;
import ma.tiwizi.platform.UserFacingException;
import ma.tiwizi.platform.qr.QrCode;
import ma.tiwizi.platform.web.PublicAddress;
import ma.tiwizi.training.internal.Attendance;
import ma.tiwizi.training.internal.CheckIn;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The rotating QR code the trainer shows, and the page participants reach by scanning it (no account needed). */
@Controller
@RequiredArgsConstructor
class CheckInController {

    private final CheckIn checkIn;
    private final Attendance attendance;
    private final PublicAddress publicAddress;

    @GetMapping("/trainer/sessions/{id}/qr")
    String qr(@PathVariable long id, Model model) {
        attendance.sheet(id);
        String url = publicAddress.of("/checkin/" + id) + "?code=" + checkIn.currentCode(id);
        model.addAttribute("sessionId", id);
        model.addAttribute("qr", QrCode.dataUri(url, 600));
        return "training/checkin-qr";
    }

    @GetMapping("/checkin/{id}")
    String form(@PathVariable long id, @RequestParam(required = false) String code, Model model) {
        return page(id, code, "", null, null, model);
    }

    @PostMapping("/checkin/{id}")
    String submit(@PathVariable long id, @RequestParam(required = false) String code,
            @RequestParam(required = false) String phone, Model model, HttpServletResponse response) {
        try {
            String name = checkIn.checkIn(id, code, phone);
            return page(id, code, phone, name, null, model);
        } catch (UserFacingException refusal) {
            response.setStatus(HttpStatus.CONFLICT.value());
            return page(id, code, phone, null, refusal.messageKey(), model);
        }
    }

    private String page(long id, String code, String phone, String checkedIn, String refusal, Model model) {
        model.addAttribute("sessionId", id);
        model.addAttribute("code", code == null ? "" : code);
        model.addAttribute("phone", phone == null ? "" : phone);
        model.addAttribute("checkedIn", checkedIn);
        model.addAttribute("refusal", refusal);
        return "training/checkin";
    }
}
