package ma.tiwizi.platform.sms;

import lombok.RequiredArgsConstructor;
import ma.tiwizi.platform.AdminOnly;
import ma.tiwizi.platform.PageOf;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The SMS Tiwizi sent or tries to send, with their state, for the administrator. */
@Controller
@RequiredArgsConstructor
class SmsController {

    private final SmsOutbox outbox;

    @GetMapping("/admin/sms")
    @AdminOnly
    String list(@RequestParam(required = false) Integer page, Model model) {
        model.addAttribute("messages", outbox.page(PageOf.clampPage(page)));
        return "sms";
    }
}
