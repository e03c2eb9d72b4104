package ma.tiwizi.territory.rest;

import java.util.List;
import lombok.RequiredArgsConstructor;
import ma.tiwizi.territory.Commune;
import ma.tiwizi.territory.CommuneDirectory;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The communes as JSON, for clients that fill a drop-down list. */
@RestController
@RequestMapping("/api/v1/communes")
@RequiredArgsConstructor
class CommuneApiController {

    private final CommuneDirectory communes;

    @GetMapping
    List<CommuneResponse> list() {
        return communes.all().stream().map(CommuneResponse::of).toList();
    }

    record CommuneResponse(long id, String code, String kind, String region, String province, String cercle,
            String caidat, String nameFr, String nameAr) {
        static CommuneResponse of(Commune c) {
            return new CommuneResponse(c.id(), c.code(), c.kind(), c.region(), c.province(), c.cercle(), c.caidat(),
                    c.nameFr(), c.nameAr());
        }
    }
}
