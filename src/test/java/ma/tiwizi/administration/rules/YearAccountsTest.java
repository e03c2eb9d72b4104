package ma.tiwizi.administration.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import ma.tiwizi.administration.rules.Account.Means;
import ma.tiwizi.administration.rules.YearAccounts.Flow;
import org.junit.jupiter.api.Test;

class YearAccountsTest {

    private static BigDecimal mad(String amount) {
        return new BigDecimal(amount);
    }

    private static Flow thisYear(Account account, Means means, String amount) {
        return new Flow(account, means, true, mad(amount));
    }

    private static Flow before(Account account, Means means, String amount) {
        return new Flow(account, means, false, mad(amount));
    }

    @Test
    void theBalanceSheetBalancesWithCapitalGrantsLoansEquipmentStockAndTheYearsBefore() {
        var flows = List.of(
                before(Account.SHARE_CAPITAL_PAID, Means.CASH, "5000.00"),
                before(Account.SALES_OF_PRODUCTS, Means.CASH, "12000.00"),
                before(Account.RAW_MATERIALS, Means.CASH, "7000.00"),
                before(Account.SURPLUS_PAID, Means.CASH, "500.00"),
                thisYear(Account.INVESTMENT_GRANT, Means.BANK, "60000.00"),
                thisYear(Account.EQUIPMENT, Means.BANK, "45000.00"),
                thisYear(Account.LOAN_RECEIVED, Means.BANK, "10000.00"),
                thisYear(Account.LOAN_REPAID, Means.BANK, "2500.00"),
                thisYear(Account.SALES_OF_PRODUCTS, Means.CASH, "30000.00"),
                thisYear(Account.SALES_OF_PRODUCTS, Means.CASH, "-1000.00"),
                thisYear(Account.SERVICES_SOLD, Means.BANK, "2000.00"),
                thisYear(Account.OPERATING_GRANT, Means.BANK, "3000.00"),
                thisYear(Account.RAW_MATERIALS, Means.CASH, "14000.00"),
                thisYear(Account.WAGES, Means.BANK, "6000.00"),
                thisYear(Account.SHARE_CAPITAL_REFUNDED, Means.CASH, "200.00"));

        var accounts = YearAccounts.of(flows, mad("1500.00"), mad("4000.00"));

        assertThat(accounts.income()).containsEntry(Account.SALES_OF_PRODUCTS, mad("29000.00"))
                .containsEntry(Account.SERVICES_SOLD, mad("2000.00")).containsEntry(Account.OPERATING_GRANT,
                        mad("3000.00")).doesNotContainKey(Account.INVESTMENT_GRANT);
        assertThat(accounts.totalIncome()).isEqualByComparingTo("34000");
        assertThat(accounts.totalExpenses()).isEqualByComparingTo("20000");
        assertThat(accounts.stockChange()).isEqualByComparingTo("2500");
        assertThat(accounts.result()).as("34,000 + 2,500 − 20,000").isEqualByComparingTo("16500");
        assertThat(accounts.turnover()).as("sales only, not grants").isEqualByComparingTo("31000");
        assertThat(accounts.cash()).as("5,000 + 12,000 − 7,000 − 500 + 29,000 − 14,000 − 200")
                .isEqualByComparingTo("24300");
        assertThat(accounts.bank()).as("60,000 − 45,000 + 10,000 − 2,500 + 2,000 + 3,000 − 6,000")
                .isEqualByComparingTo("21500");
        assertThat(accounts.equipment()).isEqualByComparingTo("45000");
        assertThat(accounts.capital()).isEqualByComparingTo("4800");
        assertThat(accounts.loans()).isEqualByComparingTo("7500");
        assertThat(accounts.grants()).isEqualByComparingTo("60000");
        assertThat(accounts.reserves()).as("12,000 − 7,000 + the opening stock 1,500 − 500 paid out")
                .isEqualByComparingTo("6000");
        assertThat(accounts.totalAssets()).isEqualByComparingTo("94800");
        assertThat(accounts.totalLiabilities()).isEqualByComparingTo(accounts.totalAssets());
    }

    @Test
    void aYearWithoutEntriesIsAllZeroAndALossIsNegative() {
        var empty = YearAccounts.of(List.of(), BigDecimal.ZERO, BigDecimal.ZERO);
        assertThat(empty.result()).isZero();
        assertThat(empty.totalAssets()).isZero();
        var loss = YearAccounts.of(List.of(thisYear(Account.RENT, Means.CASH, "1200.00")), BigDecimal.ZERO,
                BigDecimal.ZERO);
        assertThat(loss.result()).isEqualByComparingTo("-1200");
        assertThat(loss.cash()).isEqualByComparingTo("-1200");
        assertThat(loss.totalLiabilities()).isEqualByComparingTo(loss.totalAssets());
    }

    @Test
    void businessWithNonMembersIsAboveTheLawAtMoreThanThirtyPercent() {
        assertThat(YearAccounts.nonMemberPercent(mad("70"), mad("30"))).isEqualByComparingTo("30.0")
                .isLessThanOrEqualTo(YearAccounts.NON_MEMBER_MAX_PERCENT);
        assertThat(YearAccounts.nonMemberPercent(mad("69"), mad("31")))
                .isGreaterThan(YearAccounts.NON_MEMBER_MAX_PERCENT);
        assertThat(YearAccounts.nonMemberPercent(BigDecimal.ZERO, BigDecimal.ZERO)).isNull();
    }

    @Test
    void everyAccountIsACgncAccountOfItsClass() {
        for (Account account : Account.values()) {
            char chartClass = account.cgnc().charAt(0);
            switch (account.heading()) {
                case INCOME -> assertThat(chartClass).as(account.name()).isEqualTo('7');
                case EXPENSES -> assertThat(chartClass).as(account.name()).isEqualTo('6');
                case EQUIPMENT -> assertThat(chartClass).as(account.name()).isEqualTo('2');
                case CAPITAL, GRANTS, LOANS -> assertThat(chartClass).as(account.name()).isEqualTo('1');
                case DISTRIBUTIONS -> assertThat(chartClass).as(account.name()).isEqualTo('4');
            }
            assertThat(account.cgnc()).as(account.name()).matches("\\d{4}");
        }
    }
}
