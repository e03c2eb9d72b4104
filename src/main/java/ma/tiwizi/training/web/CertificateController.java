package ma.tiwizi.training.web;

import jakarta.servlet.http.HttpServletResponse;
import lombok.RequiredArgsConstructor;
import ma.tiwizi.platform.web.PublicAddress;
import ma.tiwizi.training.internal.Certificates;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** Certificates: the PDF for the cooperative, and the public verification page anyone may open. */
@Controller
@RequiredArgsConstructor
class CertificateController {

    private final Certificates certificates;
    private final PublicAddress publicAddress;

    @GetMapping("/training/participants/{id}/certificate.pdf")
    ResponseEntity<byte[]> pdf(@PathVariable long id) {
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.inline().filename("certificate-" + id + ".pdf").build().toString())
                .body(certificates.pdf(id));
    }

    /** The page where a code read on a paper certificate is typed, in any case, with or without dashes. */
    @GetMapping("/verify")
    String verifyForm(@RequestParam(required = false) String code,
            Model model, HttpServletResponse response) {
        if (code != null && !code.isBlank()) {
            return verify(code, model, response);
        }
        model.addAttribute("code", "");
        model.addAttribute("link", "");
        model.addAttribute("certificate", null);
        model.addAttribute("asked", false);
        return "training/verify";
    }

    @GetMapping("/verify/{code}")
    String verify(@PathVariable String code, Model model, HttpServletResponse response) {
        var certificate = certificates.verify(code).orElse(null);
        if (certificate == null) {
            response.setStatus(HttpStatus.NOT_FOUND.value());
        }
        model.addAttribute("code", code.strip());
        model.addAttribute("link", certificate == null ? "" : publicAddress.of("/verify/" + certificate.code()));
        model.addAttribute("certificate", certificate);
        model.addAttribute("asked", true);
        return "training/verify";
    }
}
