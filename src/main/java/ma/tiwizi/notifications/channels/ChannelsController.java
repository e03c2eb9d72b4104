package ma.tiwizi.notifications.channels;

import lombok.RequiredArgsConstructor;
import ma.tiwizi.accounts.AccountDirectory;
import ma.tiwizi.platform.CooperativeOnly;
import ma.tiwizi.platform.CurrentUser;
import ma.tiwizi.platform.web.OnRefusal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The cooperative chooses how it is told: e-mail, SMS, both, and the language of its SMS; each of its users may ask to
 * be told herself as well, at her own address or number.
 */
@Controller
@RequiredArgsConstructor
class ChannelsController {

    private final Channels channels;
    private final AccountDirectory accounts;

    @GetMapping("/notifications/preferences")
    @CooperativeOnly
    String show(Model model) {
        model.addAttribute("preference", channels.of(CurrentUser.require().cooperativeId()));
        model.addAttribute("channels", Channels.Channel.values());
        model.addAttribute("personal", channels.personal());
        model.addAttribute("personalChannels", Channels.Personal.values());
        model.addAttribute("contact", accounts.contact(CurrentUser.require().userId()));
        return "notifications/preferences";
    }

    @PostMapping("/notifications/preferences")
    @OnRefusal("/notifications/preferences")
    String choose(@RequestParam Channels.Channel channel, @RequestParam(defaultValue = "ar") String language,
            RedirectAttributes redirect) {
        channels.choose(channel, language);
        redirect.addFlashAttribute("flash", "notifications.preferences.saved");
        return "redirect:/notifications/preferences";
    }

    @PostMapping("/notifications/preferences/personal")
    @OnRefusal("/notifications/preferences")
    String choosePersonal(@RequestParam Channels.Personal channel,
            @RequestParam(defaultValue = "ar") String language, RedirectAttributes redirect) {
        channels.choosePersonal(channel, language);
        redirect.addFlashAttribute("flash", "notifications.preferences.personalSaved");
        return "redirect:/notifications/preferences#personal";
    }
}
