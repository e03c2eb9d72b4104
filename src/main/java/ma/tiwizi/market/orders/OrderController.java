package ma.tiwizi.market.orders;

import jakarta.servlet.http.HttpServletResponse;
import lombok.RequiredArgsConstructor;
import ma.tiwizi.market.orders.OrderStatus;
import ma.tiwizi.market.orders.Orders;
import ma.tiwizi.market.shops.MarketRefused;
import ma.tiwizi.platform.PageOf;
import ma.tiwizi.platform.UserFacingException;
import ma.tiwizi.platform.web.Flash;
import ma.tiwizi.platform.web.OnRefusal;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The cooperative's orders: by status, one at a time, confirmed, shipped, delivered or cancelled. */
@Controller
@RequiredArgsConstructor
class OrderController {

    private final Orders orders;

    @GetMapping("/market/orders")
    String list(@RequestParam(required = false) OrderStatus status, @RequestParam(required = false) Integer page,
            Model model) {
        model.addAttribute("status", status);
        model.addAttribute("orders", orders.mine(status, PageOf.clampPage(page)));
        model.addAttribute("counts", orders.counts());
        return "market/orders";
    }

    @GetMapping("/market/orders/{id}")
    String show(@PathVariable long id, Model model) {
        model.addAttribute("order", orders.own(id));
        return "market/order";
    }

    /** Cancelling asks first, on a page of its own, for the reason the buyer will read. */
    @GetMapping("/market/orders/{id}/cancel")
    String confirmCancel(@PathVariable long id, Model model) {
        model.addAttribute("order", orders.own(id));
        model.addAttribute("reason", "");
        model.addAttribute("refused", false);
        return "market/order-cancel";
    }

    @PostMapping("/market/orders/{id}/cancel")
    String cancel(@PathVariable long id, @RequestParam(required = false) String reason, @RequestParam int version,
            Model model, RedirectAttributes redirect, HttpServletResponse response) {
        try {
            orders.cancel(id, version, reason);
            redirect.addFlashAttribute("flash", "market.flash.order.CANCELLED");
            return "redirect:/market/orders/" + id;
        } catch (MarketRefused refusal) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            model.addAttribute("order", orders.own(id));
            model.addAttribute("reason", reason == null ? "" : reason);
            model.addAttribute("refused", true);
            return "market/order-cancel";
        } catch (UserFacingException refusal) {
            Flash.refusal(redirect, refusal);
            return "redirect:/market/orders/" + id;
        }
    }

    @PostMapping("/market/orders/{id}/status")
    @OnRefusal("/market/orders/{id}")
    String move(@PathVariable long id, @RequestParam OrderStatus target, @RequestParam int version,
            RedirectAttributes redirect) {
        orders.move(id, target, version);
        redirect.addFlashAttribute("flash", "market.flash.order." + target.name());
        return "redirect:/market/orders/" + id;
    }
}
