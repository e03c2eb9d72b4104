package ma.tiwizi.training.web;

import jakarta.servlet.http.HttpServletResponse;
import ma.tiwizi.training.Certificates;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** Certificates: the PDF for the cooperative, and the public verification page anyone may open. */
@Controller
class CertificateController {

    private final Certificates certificates;

    CertificateController(Certificates certificates) {
        this.certificates = certificates;
    }

    @GetMapping("/training/participants/{id}/certificate.pdf")
    ResponseEntity<byte[]> pdf(@PathVariable long id) {
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.inline().filename("certificate-" + id + ".pdf").build().toString())
                .body(certificates.pdf(id));
    }

    @GetMapping("/verify/{code}")
    String verify(@PathVariable String code, Model model, HttpServletResponse response) {
        var certificate = certificates.verify(code).orElse(null);
        if (certificate == null) {
            response.setStatus(HttpStatus.NOT_FOUND.value());
        }
        model.addAttribute("code", code);
        model.addAttribute("certificate", certificate);
        return "training/verify";
    }
}
