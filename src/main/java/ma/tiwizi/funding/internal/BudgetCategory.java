package ma.tiwizi.funding.internal;

/** What a budget line pays for. */
public enum BudgetCategory {
    INVESTMENT, EQUIPMENT, WORKING_CAPITAL, TRAINING, OTHER
}
