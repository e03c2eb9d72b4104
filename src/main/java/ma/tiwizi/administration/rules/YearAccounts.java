package ma.tiwizi.administration.rules;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import ma.tiwizi.administration.rules.Account.Heading;
import ma.tiwizi.administration.rules.Account.Means;
import ma.tiwizi.administration.rules.Account.Side;

/**
 * A year's simplified accounts (art. 68) from the cash and bank journal and the year-end inventory: an income
 * statement (income and expenses by account, the change in stock, the result) and a balance sheet at the year end
 * (equipment at cost, stock, cash, bank; capital, investment grants, loans, reserves and results carried forward, the
 * year's result). Cash-based and without depreciation (ADR 0011), so the two sides balance by construction: what came
 * in and went out since the first entry is either still in the till and the bank, or became equipment or stock.
 *
 * @param income each income account's sum in the year
 * @param expenses each expense account's sum in the year
 * @param stockChange the closing stock less the opening stock
 * @param result income plus the change in stock, less expenses
 * @param turnover the year's sales
 */
public record YearAccounts(Map<Account, BigDecimal> income, Map<Account, BigDecimal> expenses,
        BigDecimal openingStock, BigDecimal closingStock, BigDecimal stockChange, BigDecimal totalIncome,
        BigDecimal totalExpenses, BigDecimal result, BigDecimal turnover, BigDecimal equipment, BigDecimal cash,
        BigDecimal bank, BigDecimal totalAssets, BigDecimal capital, BigDecimal grants, BigDecimal loans,
        BigDecimal reserves, BigDecimal totalLiabilities) {

    /** Above this share of business done with non-members, the law is not kept (art. 6: at most 30 %). */
    public static final BigDecimal NON_MEMBER_MAX_PERCENT = new BigDecimal("30");

    /** An account's sum, in the year or before it, through the till or the bank (a reversal is a negative amount). */
    public record Flow(Account account, Means means, boolean inYear, BigDecimal amount) {
    }

    public static YearAccounts of(List<Flow> flows, BigDecimal openingStock, BigDecimal closingStock) {
        var income = new EnumMap<Account, BigDecimal>(Account.class);
        var expenses = new EnumMap<Account, BigDecimal>(Account.class);
        var cumulative = new EnumMap<Heading, BigDecimal>(Heading.class);
        BigDecimal incomeBefore = zero();
        BigDecimal cash = zero();
        BigDecimal bank = zero();
        for (Flow flow : flows) {
            Account account = flow.account();
            BigDecimal amount = flow.amount();
            BigDecimal signed = account.side() == Side.RECEIPT ? amount : amount.negate();
            if (flow.means() == Means.CASH) {
                cash = cash.add(signed);
            } else {
                bank = bank.add(signed);
            }
            cumulative.merge(account.heading(), signed, BigDecimal::add);
            if (flow.inYear() && account.heading() == Heading.INCOME) {
                income.merge(account, amount, BigDecimal::add);
            } else if (flow.inYear() && account.heading() == Heading.EXPENSES) {
                expenses.merge(account, amount, BigDecimal::add);
            } else if (!flow.inYear() && (account.heading() == Heading.INCOME
                    || account.heading() == Heading.EXPENSES)) {
                incomeBefore = incomeBefore.add(signed);
            }
        }
        BigDecimal stockChange = closingStock.subtract(openingStock);
        BigDecimal totalIncome = sum(income);
        BigDecimal totalExpenses = sum(expenses);
        BigDecimal result = totalIncome.add(stockChange).subtract(totalExpenses);
        BigDecimal turnover = income.entrySet().stream().filter(e -> e.getKey().sale()).map(Map.Entry::getValue)
                .reduce(zero(), BigDecimal::add);
        BigDecimal equipment = of(cumulative, Heading.EQUIPMENT).negate();
        BigDecimal capital = of(cumulative, Heading.CAPITAL);
        BigDecimal grants = of(cumulative, Heading.GRANTS);
        BigDecimal loans = of(cumulative, Heading.LOANS);
        // the results of the years before (their stock changes add up to the opening stock), less what was paid out
        BigDecimal reserves = incomeBefore.add(openingStock).add(of(cumulative, Heading.DISTRIBUTIONS));
        return new YearAccounts(income, expenses, openingStock, closingStock, stockChange, totalIncome,
                totalExpenses, result, turnover, equipment, cash, bank,
                equipment.add(closingStock).add(cash).add(bank), capital, grants, loans, reserves,
                capital.add(grants).add(loans).add(reserves).add(result));
    }

    /** Business done with non-members, in percent of all business; null when there was none. */
    public static BigDecimal nonMemberPercent(BigDecimal withMembers, BigDecimal withOthers) {
        BigDecimal all = withMembers.add(withOthers);
        return all.signum() == 0 ? null
                : withOthers.multiply(new BigDecimal("100")).divide(all, 1, java.math.RoundingMode.HALF_UP);
    }

    private static BigDecimal of(Map<Heading, BigDecimal> sums, Heading heading) {
        return sums.getOrDefault(heading, zero());
    }

    private static BigDecimal sum(Map<Account, BigDecimal> sums) {
        return sums.values().stream().reduce(zero(), BigDecimal::add);
    }

    private static BigDecimal zero() {
        return BigDecimal.ZERO.setScale(2);
    }
}
