package ma.tiwizi.funding.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.UUID;
import lombok.RequiredArgsConstructor;
import ma.tiwizi.funding.internal.ApplicationMessages;
import ma.tiwizi.funding.internal.Applications;
import ma.tiwizi.platform.PageOf;
import ma.tiwizi.platform.UserFacingException;
import ma.tiwizi.platform.web.Downloads;
import ma.tiwizi.platform.web.Ui;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The messages on an application: the thread, a new message with an attachment, an attachment to download. */
@Controller
@RequiredArgsConstructor
class MessagesController {

    private final ApplicationMessages messages;
    private final Applications applications;

    @GetMapping("/applications/{id}/messages")
    String thread(@PathVariable long id, @RequestParam(required = false) Integer page, Model model) {
        return page(id, page, "", UUID.randomUUID().toString(), null, model);
    }

    /** A refused message comes back with what was typed and why; its key stays, so a retry is still one message. */
    @PostMapping("/applications/{id}/messages")
    String post(@PathVariable long id, @RequestParam(required = false) String body,
            @RequestParam(required = false) String key,
            @RequestParam(value = "file", required = false) MultipartFile file, Model model,
            @ModelAttribute("ui") Ui ui, RedirectAttributes redirect, HttpServletResponse response)
            throws IOException {
        try {
            messages.post(id, body, file == null ? null : file.getOriginalFilename(),
                    file == null ? new byte[0] : file.getBytes(), key);
        } catch (UserFacingException refused) {
            response.setStatus(refused.status().value());
            return page(id, 1, body == null ? "" : body, key == null || key.isBlank() ? UUID.randomUUID().toString()
                    : key, ui.t(refused.messageKey(), refused.arguments()), model);
        }
        redirect.addFlashAttribute("flash", "funding.flash.messageSent");
        return "redirect:/applications/" + id + "/messages";
    }

    @GetMapping("/applications/{id}/messages/{message}/attachment")
    void attachment(@PathVariable long id, @PathVariable long message, HttpServletResponse response)
            throws IOException {
        var attachment = messages.attachment(id, message);
        Downloads.attachment(response, attachment.filename(), attachment.contentType(), attachment.content());
    }

    private String page(long id, Integer page, String body, String key, String error, Model model) {
        var thread = messages.thread(id, PageOf.clampPage(page), PageOf.DEFAULT_SIZE);
        var application = applications.get(id);
        model.addAttribute("application", application);
        model.addAttribute("call", applications.callOf(application));
        model.addAttribute("thread", thread);
        model.addAttribute("body", body);
        model.addAttribute("key", key);
        model.addAttribute("error", error);
        return "funding/messages";
    }
}
