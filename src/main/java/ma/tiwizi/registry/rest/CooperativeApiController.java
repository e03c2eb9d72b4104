package ma.tiwizi.registry.rest;

import jakarta.validation.Valid;
import java.math.BigDecimal;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import lombok.RequiredArgsConstructor;
import ma.tiwizi.platform.PageOf;
import ma.tiwizi.registry.CooperativeForm;
import ma.tiwizi.registry.CooperativeRegistry;
import ma.tiwizi.registry.CooperativeSearch;
import ma.tiwizi.registry.CooperativeStatus;
import ma.tiwizi.registry.CooperativeView;
import ma.tiwizi.registry.LegalForm;
import ma.tiwizi.registry.Sector;
import ma.tiwizi.registry.Sex;
import ma.tiwizi.territory.CommuneDirectory;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The registry as JSON. Same rules as the pages: staff read all, ADMIN creates and changes all, a COOP client reads
 * and changes only its own cooperative. Updates carry the {@code version} they were based on.
 */
@RestController
@RequestMapping("/api/v1/cooperatives")
@RequiredArgsConstructor
class CooperativeApiController {

    private final CooperativeRegistry registry;
    private final CommuneDirectory communes;

    record CooperativePage(List<CooperativeResponse> items, int page, int size, long total, int pages) {
    }

    record CooperativeResponse(long id, String nameAr, String nameLatin, LegalForm legalForm,
            String registrationNumber, LocalDate createdOn, String ice, long communeId, String communeFr,
            String communeAr, String cercle, Sector sector, String activity, String phone, String email,
            String presidentName, Sex presidentSex, Integer presidentBirthYear, int membersWomen, int membersMen,
            int womenUnder35, int menUnder35, CooperativeStatus status, boolean womenLed, boolean youthLed,
            boolean newlyCreated, BigDecimal womenAndYouthShare, Instant updatedAt, int version) {
    }

    @GetMapping
    CooperativePage list(@ModelAttribute CooperativeSearch search) {
        PageOf<CooperativeResponse> page = registry.search(search).map(this::response);
        return new CooperativePage(page.items(), page.page(), page.size(), page.total(), page.pages());
    }

    @GetMapping("/{id}")
    CooperativeResponse get(@PathVariable long id) {
        return response(registry.get(id));
    }

    @PostMapping
    ResponseEntity<CooperativeResponse> create(@Valid @RequestBody CooperativeForm form) {
        long id = registry.register(form);
        return ResponseEntity.created(URI.create("/api/v1/cooperatives/" + id)).body(response(registry.get(id)));
    }

    @PutMapping("/{id}")
    CooperativeResponse update(@PathVariable long id, @Valid @RequestBody CooperativeForm form) {
        registry.get(id);
        registry.update(id, form);
        return response(registry.get(id));
    }

    private CooperativeResponse response(CooperativeView c) {
        var commune = communes.find(c.communeId());
        return new CooperativeResponse(c.id(), c.nameAr(), c.nameLatin(), c.legalForm(), c.registrationNumber(),
                c.createdOn(), c.ice(), c.communeId(), commune.map(m -> m.nameFr()).orElse(null),
                commune.map(m -> m.nameAr()).orElse(null), commune.map(m -> m.cercle()).orElse(null), c.sector(),
                c.activity(), c.phone(), c.email(), c.presidentName(), c.presidentSex(), c.presidentBirthYear(),
                c.membersWomen(), c.membersMen(), c.womenUnder35(), c.menUnder35(), c.status(), c.womenLed(),
                c.youthLed(), c.newlyCreated(), c.womenAndYouthShare(), c.updatedAt(), c.version());
    }
}
