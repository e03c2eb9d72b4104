package ma.tiwizi.administration.books;

import java.time.LocalDate;
import lombok.RequiredArgsConstructor;
import ma.tiwizi.administration.books.Books.Source;
import ma.tiwizi.administration.register.CapitalMoved;
import ma.tiwizi.administration.rules.Account;
import ma.tiwizi.administration.rules.Account.Means;
import ma.tiwizi.funding.TrancheReleased;
import ma.tiwizi.market.OrderDelivered;
import ma.tiwizi.market.Payment;
import ma.tiwizi.platform.Morocco;
import org.springframework.context.event.EventListener;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * What other parts of Tiwizi write in a cooperative's journal by themselves: a storefront order delivered (a sale,
 * in cash when paid on delivery), a grant tranche paid (an investment grant, by bank), a payment on shares or a
 * refund recorded in the member register (in cash, with the register's receipt). A delivery or a tranche is written
 * once, however often its event is delivered again.
 */
@Component
@RequiredArgsConstructor
class BookFlows {

    private final Books books;

    @ApplicationModuleListener
    void on(OrderDelivered order) {
        books.flow(order.cooperativeId(), LocalDate.ofInstant(order.deliveredAt(), Morocco.ZONE),
                Account.SALES_OF_PRODUCTS, order.payment() == Payment.CASH_ON_DELIVERY ? Means.CASH : Means.BANK,
                order.total(), null, null, order.reference(), Source.STOREFRONT, order.reference());
    }

    @ApplicationModuleListener
    void on(TrancheReleased tranche) {
        books.flow(tranche.cooperativeId(), tranche.releasedOn(), Account.INVESTMENT_GRANT, Means.BANK,
                tranche.amount(), null, "INDH", tranche.reference() + " · " + tranche.number() + " · "
                        + tranche.paymentReference(), Source.GRANT, tranche.reference() + "/" + tranche.number());
    }

    /** In the register's own transaction: a payment and its journal line are written together or not at all. */
    @EventListener
    void on(CapitalMoved moved) {
        books.flow(moved.cooperativeId(), moved.on(),
                moved.refund() ? Account.SHARE_CAPITAL_REFUNDED : Account.SHARE_CAPITAL_PAID, Means.CASH,
                moved.amount(), moved.memberId(), moved.memberName(),
                moved.receipt() == null || moved.receipt().isBlank() ? moved.memberName() : moved.receipt(),
                Source.REGISTER, null);
    }
}
