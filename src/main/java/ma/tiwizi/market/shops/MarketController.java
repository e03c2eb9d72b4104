package ma.tiwizi.market.shops;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import ma.tiwizi.market.Category;
import ma.tiwizi.market.ProductForm;
import ma.tiwizi.market.Products;
import ma.tiwizi.market.Unit;
import ma.tiwizi.market.labels.LabelKind;
import ma.tiwizi.market.labels.Labels;
import ma.tiwizi.market.orders.Orders;
import ma.tiwizi.market.shops.MarketSales;
import ma.tiwizi.market.shops.ShopForm;
import ma.tiwizi.market.shops.Shops;
import ma.tiwizi.platform.PageOf;
import ma.tiwizi.platform.UserFacingException;
import ma.tiwizi.platform.text.MoroccanPhone;
import ma.tiwizi.platform.web.CompleteValidation;
import ma.tiwizi.platform.web.Flash;
import ma.tiwizi.platform.web.Form;
import ma.tiwizi.platform.web.OnRefusal;
import ma.tiwizi.platform.web.Ui;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.convert.ConversionService;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.DirectFieldBindingResult;
import org.springframework.validation.Validator;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The cooperative's own market pages: its products and photos, its brand page, its labels. */
@Controller
class MarketController {

    private final Products products;
    private final Shops shops;
    private final Labels labels;
    private final Orders orders;
    private final MarketSales sales;
    private final Validator validator;
    private final ConversionService conversions;

    MarketController(Products products, Shops shops, Labels labels, Orders orders, MarketSales sales,
            Validator validator, @Qualifier("mvcConversionService") ConversionService conversions) {
        this.products = products;
        this.shops = shops;
        this.labels = labels;
        this.orders = orders;
        this.sales = sales;
        this.validator = validator;
        this.conversions = conversions;
    }

    @GetMapping("/market")
    String dashboard(@RequestParam(required = false) Integer page, Model model) {
        var shop = shops.mine();
        model.addAttribute("shop", shop);
        model.addAttribute("products", products.mine(PageOf.clampPage(page)));
        model.addAttribute("counts", orders.counts());
        return "market/dashboard";
    }

    @GetMapping("/market/products/new")
    String newProduct(Model model, @ModelAttribute("ui") Ui ui) {
        return productForm(null, model, ui, new DirectFieldBindingResult(ProductForm.blank(), "form"));
    }

    @GetMapping("/market/products/{id}")
    String editProduct(@PathVariable long id, Model model, @ModelAttribute("ui") Ui ui) {
        return productForm(id, model, ui, new DirectFieldBindingResult(products.own(id).form(), "form"));
    }

    @PostMapping({"/market/products/new", "/market/products/{id}"})
    String saveProduct(@PathVariable(required = false) Long id, @Valid @ModelAttribute("form") ProductForm form,
            BindingResult binding, Model model, @ModelAttribute("ui") Ui ui, HttpServletRequest request,
            HttpServletResponse response, RedirectAttributes redirect) {
        if (id != null) {
            products.own(id);
        }
        CompleteValidation.validateRest(binding, ProductForm.class, request, validator, conversions);
        return Form.submit(binding, response, () -> {
            long saved = id == null ? products.create(form) : id;
            if (id != null) {
                products.update(id, form);
            }
            redirect.addFlashAttribute("flash", "market.flash.productSaved");
            return "redirect:/market/products/" + saved;
        }, () -> productForm(id, model, ui, binding));
    }

    @PostMapping("/market/products/{id}/photos")
    @OnRefusal("/market/products/{id}#photos")
    String addPhoto(@PathVariable long id, @RequestParam(required = false) MultipartFile photo,
            RedirectAttributes redirect) throws IOException {
        if (photo != null && photo.getSize() > Products.MAX_PHOTO_BYTES) {
            // refused before it is read into memory
            Flash.error(redirect, "platform.upload.tooLarge", Products.MAX_PHOTO_BYTES / (1024 * 1024));
            return "redirect:/market/products/" + id + "#photos";
        }
        products.addPhoto(id, photo == null ? null : photo.getOriginalFilename(),
                photo == null ? null : photo.getBytes());
        redirect.addFlashAttribute("flash", "market.flash.photoAdded");
        return "redirect:/market/products/" + id + "#photos";
    }

    @PostMapping("/market/products/{id}/photos/{photo}/delete")
    String removePhoto(@PathVariable long id, @PathVariable long photo, RedirectAttributes redirect) {
        products.removePhoto(id, photo);
        redirect.addFlashAttribute("flash", "market.flash.photoRemoved");
        return "redirect:/market/products/" + id + "#photos";
    }

    private String productForm(Long id, Model model, Ui ui, BindingResult binding) {
        model.addAttribute("productId", id);
        model.addAttribute("photos", id == null ? List.of() : products.photos(id));
        model.addAttribute("categories", Category.values());
        model.addAttribute("units", Unit.values());
        model.addAttribute("maxPhotoMb", Products.MAX_PHOTO_BYTES / (1024 * 1024));
        model.addAttribute("form", new Form(binding, ui, Map.of("named", "nameAr")));
        return "market/product-form";
    }

    @GetMapping("/market/shop")
    String shop(Model model, @ModelAttribute("ui") Ui ui) {
        var shop = shops.mine();
        var form = new ShopForm(shop.storyAr(), shop.storyFr(), shop.storyEn(),
                shop.whatsapp() == null ? "" : MoroccanPhone.national(shop.whatsapp()),
                shop.bankName(), shop.bankAccount(), shop.version());
        return shopForm(model, ui, new DirectFieldBindingResult(form, "form"));
    }

    @PostMapping("/market/shop")
    String saveShop(@Valid @ModelAttribute("form") ShopForm form, BindingResult binding, Model model,
            @ModelAttribute("ui") Ui ui, HttpServletResponse response, RedirectAttributes redirect) {
        return Form.submit(binding, response, () -> {
            shops.save(form);
            redirect.addFlashAttribute("flash", "market.flash.shopSaved");
            return "redirect:/market";
        }, () -> shopForm(model, ui, binding));
    }

    private String shopForm(Model model, Ui ui, BindingResult binding) {
        model.addAttribute("shop", shops.mine());
        model.addAttribute("form", new Form(binding, ui));
        return "market/shop-form";
    }

    @GetMapping("/market/labels")
    String labels(Model model) {
        return labelsPage(model, "", null, null, null);
    }

    @PostMapping("/market/labels")
    String claim(@RequestParam(required = false) LabelKind kind, @RequestParam(required = false) String detail,
            @RequestParam(required = false) Long productId, @RequestParam(required = false) MultipartFile document,
            Model model, HttpServletResponse response, RedirectAttributes redirect) throws IOException {
        try {
            labels.claim(kind, detail, productId, document == null ? null : document.getOriginalFilename(),
                    document == null ? null : document.getContentType(), document == null ? null : document.getBytes());
            redirect.addFlashAttribute("flash", "market.flash.labelClaimed");
            return "redirect:/market/labels";
        } catch (UserFacingException refusal) {
            response.setStatus(HttpStatus.CONFLICT.value());
            return labelsPage(model, detail, kind, productId, refusal);
        }
    }

    private String labelsPage(Model model, String detail, LabelKind kind, Long productId,
            UserFacingException refusal) {
        model.addAttribute("labels", labels.mine());
        model.addAttribute("kinds", LabelKind.values());
        model.addAttribute("products", products.choices());
        model.addAttribute("detail", detail == null ? "" : detail);
        model.addAttribute("kind", kind);
        model.addAttribute("productId", productId);
        model.addAttribute("refusal", refusal);
        return "market/labels";
    }

    @GetMapping("/market/sales")
    String sales(Model model) {
        long cooperative = shops.mine().cooperativeId();
        model.addAttribute("months", sales.byMonth(cooperative));
        model.addAttribute("byProduct", sales.byProduct(cooperative));
        model.addAttribute("counts", orders.counts());
        return "market/sales";
    }
}
