package ma.tiwizi.market.labels;

import java.nio.charset.StandardCharsets;
import lombok.RequiredArgsConstructor;
import ma.tiwizi.market.labels.Labels;
import ma.tiwizi.platform.PageOf;
import ma.tiwizi.platform.web.OnRefusal;
import ma.tiwizi.registry.CooperativeRegistry;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** ADMIN checks the labels cooperatives claim against their documents, and verifies or rejects each. */
@Controller
@RequiredArgsConstructor
class LabelReviewController {

    private final Labels labels;
    private final CooperativeRegistry registry;

    @GetMapping("/admin/labels")
    String claimed(@RequestParam(required = false) Integer page, Model model) {
        var claimed = labels.claimed(PageOf.clampPage(page));
        model.addAttribute("labels", claimed);
        model.addAttribute("cooperatives", registry.refs(claimed.items().stream().map(Labels.Label::cooperativeId)
                .distinct().toList()));
        return "market/labels-review";
    }

    @PostMapping("/admin/labels/{id}")
    @OnRefusal("/admin/labels")
    String decide(@PathVariable long id, @RequestParam boolean verified, @RequestParam(required = false) String reason,
            RedirectAttributes redirect) {
        labels.decide(id, verified, reason);
        redirect.addFlashAttribute("flash", verified ? "market.flash.labelVerified" : "market.flash.labelRejected");
        return "redirect:/admin/labels";
    }

    @GetMapping("/labels/{id}/document")
    ResponseEntity<byte[]> document(@PathVariable long id) {
        var document = labels.document(id);
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(document.contentType()))
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.inline().filename(document.filename(), StandardCharsets.UTF_8)
                                .build().toString())
                .header("X-Content-Type-Options", "nosniff").body(document.content());
    }
}
