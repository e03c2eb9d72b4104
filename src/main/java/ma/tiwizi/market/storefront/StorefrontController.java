package ma.tiwizi.market.storefront;

import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import lombok.RequiredArgsConstructor;
import ma.tiwizi.market.Category;
import ma.tiwizi.market.Products;
import ma.tiwizi.market.labels.LabelKind;
import ma.tiwizi.market.storefront.Storefront;
import ma.tiwizi.platform.NotFoundException;
import ma.tiwizi.platform.PageOf;
import ma.tiwizi.platform.qr.QrCode;
import ma.tiwizi.platform.web.PublicAddress;
import ma.tiwizi.platform.web.Ui;
import ma.tiwizi.territory.CommuneDirectory;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import tools.jackson.databind.json.JsonMapper;

/** The public storefront: home, search, product pages, brand pages, photos, QR codes, traceability, sitemap. */
@Controller
@RequiredArgsConstructor
class StorefrontController {

    private final Storefront storefront;
    private final Products products;
    private final CommuneDirectory communes;
    private final JsonMapper json;
    private final PublicAddress publicAddress;

    @GetMapping("/shop")
    String home(Model model) {
        model.addAttribute("home", storefront.home());
        model.addAttribute("labelKinds", LabelKind.values());
        return "market/home";
    }

    @GetMapping("/shop/products")
    String search(@RequestParam(required = false) String q, @RequestParam(required = false) String category,
            @RequestParam(required = false) String commune, @RequestParam(required = false) String label,
            @RequestParam(required = false) String womenLed, @RequestParam(required = false) Integer page,
            Model model, @ModelAttribute("ui") Ui ui) {
        String problem = null;
        Category chosenCategory = parse(Category.class, category);
        LabelKind chosenLabel = parse(LabelKind.class, label);
        Long chosenCommune = null;
        if (commune != null && !commune.isBlank()) {
            try {
                chosenCommune = Long.parseLong(commune.strip());
            } catch (NumberFormatException e) {
                chosenCommune = -1L;
            }
            if (communes.find(chosenCommune).isEmpty()) {
                problem = "market.error.unknownCommune";
                chosenCommune = null;
            }
        }
        if ((category != null && !category.isBlank() && chosenCategory == null)
                || (label != null && !label.isBlank() && chosenLabel == null)) {
            problem = "market.error.unknownFilter";
        }
        var query = new Storefront.Query(q, chosenCategory, chosenCommune, chosenLabel, "true".equals(womenLed));
        model.addAttribute("query", query);
        model.addAttribute("problem", problem);
        model.addAttribute("results", storefront.search(query, PageOf.clampPage(page)));
        model.addAttribute("communes", communes.choices(ui.locale(), null));
        model.addAttribute("labelKinds", LabelKind.values());
        return "market/products";
    }

    @GetMapping("/shop/products/{id}")
    String product(@PathVariable long id, Model model, @ModelAttribute("ui") Ui ui) {
        var page = storefront.product(id).orElseThrow(() -> new NotFoundException("product", id));
        var product = page.product();
        String url = publicAddress.of("/shop/products/" + id);
        var ld = new LinkedHashMap<String, Object>();
        ld.put("@context", "https://schema.org");
        ld.put("@type", "Product");
        ld.put("name", product.name(ui.locale()));
        ld.put("description", product.description(ui.locale()));
        ld.put("category", ui.t("market.category." + product.category().name()));
        ld.put("url", url);
        if (!page.photos().isEmpty()) {
            ld.put("image", publicAddress.of("/shop/photos/" + page.photos().get(0).id() + "/large.jpg"));
        }
        ld.put("brand", Map.of("@type", "Brand", "name", page.shop().name(ui.locale())));
        ld.put("offers", Map.of("@type", "Offer", "price", product.price().toPlainString(), "priceCurrency", "MAD",
                "availability", product.stock() > 0 ? "https://schema.org/InStock" : "https://schema.org/OutOfStock",
                "url", url));
        model.addAttribute("page", page);
        model.addAttribute("url", url);
        model.addAttribute("jsonLd", json.writeValueAsString(ld).replace("<", "\\u003c"));
        model.addAttribute("communeName", communes.find(page.profile().communeId()).map(c -> c.name(ui.locale()))
                .orElse(""));
        return "market/product";
    }

    @GetMapping("/shop/cooperatives/{id}")
    String brand(@PathVariable long id, @RequestParam(required = false) Integer page, Model model,
            @ModelAttribute("ui") Ui ui) {
        var brand = storefront.brand(id, PageOf.clampPage(page)).orElseThrow(() -> new NotFoundException("shop", id));
        model.addAttribute("brand", brand);
        model.addAttribute("url", publicAddress.of("/shop/cooperatives/" + id));
        model.addAttribute("communeName", communes.find(brand.profile().communeId()).map(c -> c.name(ui.locale()))
                .orElse(""));
        return "market/brand";
    }

    @GetMapping("/shop/trace/{id}")
    String trace(@PathVariable long id, Model model, @ModelAttribute("ui") Ui ui) {
        var page = storefront.product(id).orElseThrow(() -> new NotFoundException("product", id));
        model.addAttribute("page", page);
        model.addAttribute("communeName", communes.find(page.profile().communeId()).map(c -> c.name(ui.locale()))
                .orElse(""));
        return "market/trace";
    }

    @GetMapping("/shop/photos/{id}/{size}.jpg")
    ResponseEntity<byte[]> photo(@PathVariable long id, @PathVariable String size) {
        return ResponseEntity.ok().contentType(MediaType.IMAGE_JPEG)
                .cacheControl(CacheControl.maxAge(30, TimeUnit.DAYS).cachePublic()).body(products.photo(id, size));
    }

    @GetMapping("/shop/products/{id}/qr.{format}")
    ResponseEntity<byte[]> productQr(@PathVariable long id, @PathVariable String format) {
        storefront.product(id).orElseThrow(() -> new NotFoundException("product", id));
        return qr(publicAddress.of("/shop/trace/" + id), format);
    }

    @GetMapping("/shop/cooperatives/{id}/qr.{format}")
    ResponseEntity<byte[]> shopQr(@PathVariable long id, @PathVariable String format) {
        storefront.brand(id, 1).orElseThrow(() -> new NotFoundException("shop", id));
        return qr(publicAddress.of("/shop/cooperatives/" + id), format);
    }

    /**
     * A public page's QR code changes only if the installation's public address does: browsers and the proxy keep it a
     * day, so the code is drawn and read back (about 10 ms) once a day per reader, not on every view.
     */
    private static ResponseEntity<byte[]> qr(String url, String format) {
        var kept = CacheControl.maxAge(1, TimeUnit.DAYS).cachePublic();
        return switch (format) {
            case "png" -> ResponseEntity.ok().contentType(MediaType.IMAGE_PNG).cacheControl(kept)
                    .body(QrCode.png(url, 600));
            case "svg" -> ResponseEntity.ok().contentType(MediaType.parseMediaType("image/svg+xml")).cacheControl(kept)
                    .body(QrCode.svg(url).getBytes(StandardCharsets.UTF_8));
            default -> throw new NotFoundException("qr format", format);
        };
    }

    @GetMapping(value = "/sitemap.xml", produces = MediaType.APPLICATION_XML_VALUE)
    @ResponseBody
    String sitemap(HttpServletResponse response) {
        var map = storefront.sitemap();
        var xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
        String site = publicAddress.of("");
        xml.append("<url><loc>").append(site).append("/shop</loc></url>\n");
        map.products().forEach(id -> xml.append("<url><loc>").append(site).append("/shop/products/").append(id)
                .append("</loc></url>\n"));
        map.shops().forEach(id -> xml.append("<url><loc>").append(site).append("/shop/cooperatives/").append(id)
                .append("</loc></url>\n"));
        return xml.append("</urlset>\n").toString();
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
