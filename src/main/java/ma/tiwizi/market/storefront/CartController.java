package ma.tiwizi.market.storefront;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import jakarta.validation.Valid;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import lombok.RequiredArgsConstructor;
import ma.tiwizi.market.Payment;
import ma.tiwizi.market.orders.CheckoutForm;
import ma.tiwizi.market.orders.Orders;
import ma.tiwizi.market.storefront.Storefront;
import ma.tiwizi.platform.NotFoundException;
import ma.tiwizi.platform.UserFacingException;
import ma.tiwizi.platform.web.Form;
import ma.tiwizi.platform.web.Ui;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.DirectFieldBindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The cart, guest checkout (one order per cooperative), the confirmation, and following an order. */
@Controller
@RequiredArgsConstructor
class CartController {

    private final Storefront storefront;
    private final Orders orders;

    @GetMapping("/shop/cart")
    String cart(HttpSession session, Model model) {
        var cart = Cart.of(session);
        var cards = storefront.cards(cart.lines().keySet());
        model.addAttribute("lines", cart.ordered());
        model.addAttribute("cards", cards);
        model.addAttribute("total", cart.lines().entrySet().stream().filter(e -> cards.containsKey(e.getKey()))
                .map(e -> cards.get(e.getKey()).price().multiply(BigDecimal.valueOf(e.getValue())))
                .reduce(BigDecimal.ZERO, BigDecimal::add));
        return "market/cart";
    }

    @PostMapping("/shop/cart")
    String add(@RequestParam long product, @RequestParam(defaultValue = "1") int quantity, HttpSession session,
            RedirectAttributes redirect) {
        if (storefront.cards(List.of(product)).isEmpty()) {
            throw new NotFoundException("product", product);
        }
        var cart = Cart.of(session);
        cart.add(product, Math.max(1, Math.min(quantity, Orders.MAX_QUANTITY)));
        cart.save(session);
        redirect.addFlashAttribute("flash", "market.flash.added");
        return "redirect:/shop/cart";
    }

    @PostMapping("/shop/cart/update")
    String update(@RequestParam long product, @RequestParam int quantity, HttpSession session) {
        var cart = Cart.of(session);
        cart.set(product, Math.min(quantity, Orders.MAX_QUANTITY));
        cart.save(session);
        return "redirect:/shop/cart";
    }

    @GetMapping("/shop/checkout")
    String checkout(HttpSession session, Model model, @ModelAttribute("ui") Ui ui) {
        if (Cart.of(session).isEmpty()) {
            return "redirect:/shop/cart";
        }
        var blank = new CheckoutForm("", "", "", "", "", Payment.CASH_ON_DELIVERY, UUID.randomUUID().toString());
        return checkoutPage(session, model, ui, new DirectFieldBindingResult(blank, "form"), null);
    }

    @PostMapping("/shop/checkout")
    String place(@Valid @ModelAttribute("form") CheckoutForm form, BindingResult binding, HttpSession session,
            Model model, @ModelAttribute("ui") Ui ui, HttpServletResponse response) {
        if (binding.hasErrors()) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return checkoutPage(session, model, ui, binding, null);
        }
        var cart = Cart.of(session);
        try {
            orders.checkout(form, cart.lines());
        } catch (DuplicateKeyException sameSubmitAtOnce) {
            // the other submit of the same checkout placed the orders
        } catch (UserFacingException refusal) {
            response.setStatus(HttpStatus.CONFLICT.value());
            return checkoutPage(session, model, ui, binding, refusal);
        }
        cart.clear();
        cart.save(session);
        return "redirect:/shop/orders/placed?key=" + form.checkoutKey();
    }

    private String checkoutPage(HttpSession session, Model model, Ui ui, BindingResult binding,
            UserFacingException refusal) {
        var cart = Cart.of(session);
        model.addAttribute("lines", cart.ordered());
        model.addAttribute("cards", storefront.cards(cart.lines().keySet()));
        model.addAttribute("payments", Payment.values());
        model.addAttribute("refusal", refusal);
        model.addAttribute("form", new Form(binding, ui));
        return "market/checkout";
    }

    @GetMapping("/shop/orders/placed")
    String placed(@RequestParam String key, Model model) {
        var placed = orders.placed(key);
        if (placed.isEmpty()) {
            throw new NotFoundException("checkout", key);
        }
        model.addAttribute("placed", placed);
        return "market/placed";
    }

    @GetMapping("/shop/track")
    String trackForm(Model model) {
        model.addAttribute("reference", "");
        model.addAttribute("phone", "");
        model.addAttribute("order", null);
        model.addAttribute("notFound", false);
        return "market/track";
    }

    @PostMapping("/shop/track")
    String track(@RequestParam(required = false) String reference, @RequestParam(required = false) String phone,
            Model model, HttpServletResponse response) {
        var order = orders.track(reference, phone).orElse(null);
        if (order == null) {
            response.setStatus(HttpStatus.NOT_FOUND.value());
        }
        model.addAttribute("reference", reference == null ? "" : reference);
        model.addAttribute("phone", phone == null ? "" : phone);
        model.addAttribute("order", order);
        model.addAttribute("notFound", order == null);
        return "market/track";
    }
}
