package ma.tiwizi.administration.rules;

/**
 * The categories a cooperative's cash and bank journal knows, each mapped to its account in the Moroccan general
 * chart of accounts (CGNC, classes 1 to 7): the detailed chart for cooperatives is not published, so this short
 * list of CGNC accounts stands for it (ADR 0011). A receipt or a payment; where it goes in the year's accounts; and
 * whether it is business done with the cooperative, which a member's rebate is counted on (arts. 6, 69).
 */
public enum Account {

    SALES_OF_PRODUCTS("7121", Side.RECEIPT, Heading.INCOME, true),
    SALES_OF_GOODS("7111", Side.RECEIPT, Heading.INCOME, true),
    SERVICES_SOLD("7124", Side.RECEIPT, Heading.INCOME, true),
    OPERATING_GRANT("7161", Side.RECEIPT, Heading.INCOME, false),
    OTHER_INCOME("7181", Side.RECEIPT, Heading.INCOME, false),
    FINANCIAL_INCOME("7381", Side.RECEIPT, Heading.INCOME, false),
    INVESTMENT_GRANT("1311", Side.RECEIPT, Heading.GRANTS, false),
    SHARE_CAPITAL_PAID("1111", Side.RECEIPT, Heading.CAPITAL, false),
    LOAN_RECEIVED("1481", Side.RECEIPT, Heading.LOANS, false),
    RAW_MATERIALS("6121", Side.PAYMENT, Heading.EXPENSES, true),
    GOODS_FOR_RESALE("6111", Side.PAYMENT, Heading.EXPENSES, true),
    SUPPLIES("6122", Side.PAYMENT, Heading.EXPENSES, false),
    PACKAGING("6123", Side.PAYMENT, Heading.EXPENSES, false),
    RENT("6131", Side.PAYMENT, Heading.EXPENSES, false),
    MAINTENANCE("6133", Side.PAYMENT, Heading.EXPENSES, false),
    FEES("6136", Side.PAYMENT, Heading.EXPENSES, false),
    TRANSPORT("6142", Side.PAYMENT, Heading.EXPENSES, false),
    TRAVEL("6143", Side.PAYMENT, Heading.EXPENSES, false),
    TELECOMS("6145", Side.PAYMENT, Heading.EXPENSES, false),
    BANK_CHARGES("6147", Side.PAYMENT, Heading.EXPENSES, false),
    TAXES("6161", Side.PAYMENT, Heading.EXPENSES, false),
    WAGES("6171", Side.PAYMENT, Heading.EXPENSES, false),
    SOCIAL_CHARGES("6174", Side.PAYMENT, Heading.EXPENSES, false),
    OTHER_EXPENSES("6181", Side.PAYMENT, Heading.EXPENSES, false),
    LOAN_INTEREST("6311", Side.PAYMENT, Heading.EXPENSES, false),
    EQUIPMENT("2332", Side.PAYMENT, Heading.EQUIPMENT, false),
    LOAN_REPAID("1481", Side.PAYMENT, Heading.LOANS, false),
    SHARE_CAPITAL_REFUNDED("1111", Side.PAYMENT, Heading.CAPITAL, false),
    SURPLUS_PAID("4465", Side.PAYMENT, Heading.DISTRIBUTIONS, false);

    /** Money in or money out. */
    public enum Side {
        RECEIPT, PAYMENT
    }

    /** Where the account's sum goes in the year's accounts. */
    public enum Heading {
        INCOME, EXPENSES, EQUIPMENT, CAPITAL, GRANTS, LOANS, DISTRIBUTIONS
    }

    /** Cash in hand or the bank account. */
    public enum Means {
        CASH, BANK
    }

    private final String cgnc;
    private final Side side;
    private final Heading heading;
    private final boolean business;

    Account(String cgnc, Side side, Heading heading, boolean business) {
        this.cgnc = cgnc;
        this.side = side;
        this.heading = heading;
        this.business = business;
    }

    /** The CGNC account number. */
    public String cgnc() {
        return cgnc;
    }

    public Side side() {
        return side;
    }

    public Heading heading() {
        return heading;
    }

    /** Business done with the cooperative (buying from it, selling to it): may name a member, counts for rebates. */
    public boolean business() {
        return business;
    }

    /** A sale: the turnover the law's thresholds read (a board above 5 MDH, an auditor above 10 MDH). */
    public boolean sale() {
        return business && side == Side.RECEIPT;
    }
}
