package ma.tiwizi.market;

/** How the buyer pays: cash to the delivery person, or a bank transfer to the cooperative's account. */
public enum Payment {
    CASH_ON_DELIVERY, BANK_TRANSFER
}
