package ma.tiwizi.funding.rest;

import java.math.BigDecimal;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import lombok.RequiredArgsConstructor;
import ma.tiwizi.funding.ApplicationStatus;
import ma.tiwizi.funding.internal.ApplicationView;
import ma.tiwizi.funding.internal.Applications;
import ma.tiwizi.funding.internal.RequiredDocument;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Applications as JSON, read-only, under the same rules as the pages: a COOP client reads only its own cooperative's
 * applications and documents; ADMIN reads all; a reviewer only what is assigned to them (403 otherwise).
 */
@RestController
@RequestMapping("/api/v1/applications")
@RequiredArgsConstructor
class ApplicationApiController {

    private final Applications applications;

    record DocumentResponse(long id, RequiredDocument code, String filename, String contentType, long size,
            Instant uploadedAt) {
    }

    record ApplicationResponse(long id, long callId, long cooperativeId, ApplicationStatus status, String reference,
            String title, String valueChain, Integer jobsWomen, Integer jobsYouth, BigDecimal projectCost,
            BigDecimal publicRequested, BigDecimal ownCash, BigDecimal ownInKind, BigDecimal otherPartners,
            Instant submittedAt, List<DocumentResponse> documents, int version) {
    }

    /** The signed-in cooperative's applications, newest first (at most 100). */
    @GetMapping
    List<ApplicationResponse> mine() {
        return applications.mine().stream().map(a -> new ApplicationResponse(a.id(), a.callId(), a.cooperativeId(),
                a.status(), a.reference(), a.title(), a.valueChain(), a.jobsWomen(), a.jobsYouth(), a.projectCost(),
                a.publicRequested(), a.ownCash(), a.ownInKind(), a.otherPartners(), a.submittedAt(),
                documents(a.documents()), a.version())).toList();
    }

    @GetMapping("/{id}")
    ApplicationResponse get(@PathVariable long id) {
        return response(applications.get(id));
    }

    @GetMapping("/{id}/documents/{documentId}")
    ResponseEntity<byte[]> document(@PathVariable long id, @PathVariable long documentId) {
        var document = applications.document(id, documentId);
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(document.contentType()))
                .header("X-Content-Type-Options", "nosniff")
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename*=UTF-8''"
                        + URLEncoder.encode(document.filename(), StandardCharsets.UTF_8).replace("+", "%20"))
                .body(document.content());
    }

    private static ApplicationResponse response(ApplicationView a) {
        return new ApplicationResponse(a.id(), a.callId(), a.cooperativeId(), a.status(), a.reference(), a.title(),
                a.valueChain(), a.jobsWomen(), a.jobsYouth(), a.projectCost(), a.publicRequested(), a.ownCash(),
                a.ownInKind(), a.otherPartners(), a.submittedAt(), documents(a.documents()), a.version());
    }

    private static List<DocumentResponse> documents(List<ApplicationView.DocumentView> documents) {
        return documents.stream().map(d -> new DocumentResponse(d.id(), d.code(), d.filename(), d.contentType(),
                d.size(), d.uploadedAt())).toList();
    }
}
