package ma.tiwizi.administration.books;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import lombok.RequiredArgsConstructor;
import ma.tiwizi.administration.register.AdministrationRefused;
import ma.tiwizi.administration.rules.Account;
import ma.tiwizi.administration.rules.Account.Means;
import ma.tiwizi.administration.rules.YearAccounts;
import ma.tiwizi.platform.Audited;
import ma.tiwizi.platform.CooperativeOnly;
import ma.tiwizi.platform.CurrentUser;
import ma.tiwizi.platform.Morocco;
import ma.tiwizi.platform.NotFoundException;
import ma.tiwizi.platform.PageOf;
import ma.tiwizi.platform.Queries;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A cooperative's books for people who are not accountants (arts. 68–71): a cash and bank journal of receipts and
 * payments, each under a category of the CGNC chart ({@link Account}), business with members told apart; entries
 * are never changed, a mistake is undone by a reversing entry; the storefront's deliveries, the grant tranches and
 * the register's share payments write themselves in. At a year end the inventory, then the year's accounts, then
 * the year is closed and takes no more entries. The cooperative keeps its own books; staff read them.
 */
@Service
@RequiredArgsConstructor
public class Books {

    private static final Queries SQL = Queries.of("administration");

    public static final int PAGE_SIZE = 50;

    /** Where an entry came from: typed, or written by another part of Tiwizi. */
    public enum Source {
        TYPED, REGISTER, STOREFRONT, GRANT
    }

    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final BooksSettings settings;

    /** A line of the journal. */
    public record Entry(long id, int number, LocalDate occurredOn, Account account, Means means, BigDecimal amount,
            Long memberId, String memberName, String counterpart, String label, Source source, Long reverses,
            boolean reversed) {

        public boolean receipt() {
            return account.side() == Account.Side.RECEIPT;
        }
    }

    /** A line of a year-end inventory. */
    public record InventoryLine(long id, String item, BigDecimal quantity, BigDecimal unitValue) {

        public BigDecimal value() {
            return quantity.multiply(unitValue).setScale(2, RoundingMode.HALF_UP);
        }
    }

    /** A year of the journal: a page of entries, the year's receipts and payments, what is in the till and bank. */
    public record Journal(long cooperativeId, int year, PageOf<Entry> entries, BigDecimal receipts,
            BigDecimal payments, BigDecimal cash, BigDecimal bank, boolean closed, boolean over) {
    }

    /** The corporate tax on a year's result: exempt at or under the turnover the law sets (art. 7), or its amount. */
    public record Tax(boolean exempt, BigDecimal exemptTurnover, BigDecimal percent, BigDecimal amount) {
    }

    /**
     * A year's accounts with its inventory, the share of business done with non-members (art. 6), the corporate tax
     * and the day until which the books and their receipts are kept.
     */
    public record Statements(long cooperativeId, int year, LocalDate yearEnd, boolean closed, YearAccounts accounts,
            List<InventoryLine> inventory, BigDecimal businessWithMembers, BigDecimal businessWithOthers,
            BigDecimal nonMemberPercent, Tax tax, LocalDate keepUntil) {

        public boolean nonMemberAboveLimit() {
            return nonMemberPercent != null && nonMemberPercent.compareTo(YearAccounts.NON_MEMBER_MAX_PERCENT) > 0;
        }

        public boolean balanced() {
            return accounts.totalAssets().compareTo(accounts.totalLiabilities()) == 0;
        }
    }

    @Transactional(readOnly = true)
    @PreAuthorize("@access.readsCooperative(#cooperativeId)")
    public Journal journal(long cooperativeId, int year, int page) {
        var params = Map.<String, Object>of("c", cooperativeId, "start", LocalDate.of(year, 1, 1),
                "end", yearEnd(year));
        long total = jdbc.sql(SQL.get("Books.count")).params(params).query(Long.class).single();
        var entries = jdbc.sql(SQL.get("Books.journal")).params(params).param("size", PAGE_SIZE)
                .param("off", PageOf.offset(page, PAGE_SIZE)).query(Entry.class).list();
        var flows = flows(cooperativeId, year);
        var treasury = YearAccounts.of(flows, BigDecimal.ZERO, BigDecimal.ZERO);
        return new Journal(cooperativeId, year, new PageOf<>(entries, page, PAGE_SIZE, total),
                inYear(flows, Account.Side.RECEIPT), inYear(flows, Account.Side.PAYMENT), treasury.cash(),
                treasury.bank(), closed(cooperativeId, yearEnd(year)), yearOver(year));
    }

    @Transactional(readOnly = true)
    @PreAuthorize("@access.readsCooperative(#cooperativeId)")
    public Statements statements(long cooperativeId, int year) {
        LocalDate end = yearEnd(year);
        var inventory = inventory(cooperativeId, end);
        BigDecimal closing = inventory.stream().map(InventoryLine::value).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal opening = inventory(cooperativeId, yearEnd(year - 1)).stream().map(InventoryLine::value)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        var accounts = YearAccounts.of(flows(cooperativeId, year), opening, closing);
        BigDecimal withMembers = business(cooperativeId, year, true);
        BigDecimal withOthers = business(cooperativeId, year, false);
        boolean exempt = accounts.turnover().compareTo(settings.taxExemptTurnover()) <= 0;
        var tax = new Tax(exempt, settings.taxExemptTurnover(), settings.corporateTaxPercent(), exempt
                ? BigDecimal.ZERO.setScale(2) : accounts.result().max(BigDecimal.ZERO)
                        .multiply(settings.corporateTaxPercent()).movePointLeft(2).setScale(2, RoundingMode.HALF_UP));
        return new Statements(cooperativeId, year, end, closed(cooperativeId, end), accounts, inventory, withMembers,
                withOthers, YearAccounts.nonMemberPercent(withMembers, withOthers), tax,
                end.plusYears(settings.keepYears()));
    }

    /** The year's sales: what the law's thresholds read (a board above 5 MDH two years running). */
    @Transactional(readOnly = true)
    @PreAuthorize("@access.readsCooperative(#cooperativeId)")
    public BigDecimal turnover(long cooperativeId, int year) {
        return YearAccounts.of(flows(cooperativeId, year), BigDecimal.ZERO, BigDecimal.ZERO).turnover();
    }

    /** Each member's business with the cooperative in the year: what rebates are shared on (art. 69). */
    @Transactional(readOnly = true)
    @PreAuthorize("@access.readsCooperative(#cooperativeId)")
    public Map<Long, BigDecimal> businessByMember(long cooperativeId, int year) {
        var byMember = new java.util.LinkedHashMap<Long, BigDecimal>();
        jdbc.sql(SQL.get("Books.businessByMember")).param("c", cooperativeId)
                .param("start", LocalDate.of(year, 1, 1)).param("end", yearEnd(year))
                .param("accounts", businessAccounts())
                .query(rs -> {
                    byMember.put(rs.getLong(1), rs.getBigDecimal(2));
                });
        return byMember;
    }

    /** The signed-in cooperative writes a receipt or a payment. */
    @Transactional
    @CooperativeOnly
    public long record(EntryForm form) {
        long cooperative = CurrentUser.require().cooperativeId();
        LocalDate today = today();
        if (form.occurredOn().isAfter(today)) {
            throw new AdministrationRefused("administration.error.entryFuture", "occurredOn");
        }
        if (form.memberId() != null) {
            if (!form.account().business()) {
                throw new AdministrationRefused("administration.error.memberNotBusiness", "memberId");
            }
            if (!jdbc.sql(SQL.get("Books.memberOf")).param("m", form.memberId()).query(Long.class).optional()
                    .map(c -> c == cooperative).orElse(false)) {
                throw new AdministrationRefused("administration.error.exclusionMember", "memberId");
            }
        }
        long id = write(cooperative, form.occurredOn(), form.account(), form.means(), form.amount(), form.memberId(),
                blankToNull(form.counterpart()), form.label().strip(), Source.TYPED, null, null);
        events.publishEvent(Audited.by("journal", "cooperative", cooperative,
                form.account().cgnc() + " " + form.amount().toPlainString() + " " + form.label().strip()));
        return id;
    }

    /** Undoes an entry of an open year by writing its opposite, dated today; an entry is reversed once. */
    @Transactional
    @CooperativeOnly
    public void reverse(long entryId) {
        long cooperative = CurrentUser.require().cooperativeId();
        var entry = jdbc.sql(SQL.get("Books.entry")).param("id", entryId).param("c", cooperative)
                .query(Entry.class).optional().orElseThrow(() -> new NotFoundException("entry", entryId));
        if (entry.reverses() != null || entry.reversed()) {
            throw new AdministrationRefused("administration.error.alreadyReversed", null);
        }
        write(cooperative, today(), entry.account(), entry.means(), entry.amount().negate(), entry.memberId(),
                entry.counterpart(), "↺ " + entry.number() + " · " + entry.label(), Source.TYPED, null, entryId);
        events.publishEvent(Audited.by("reverse-entry", "cooperative", cooperative, "#" + entry.number()));
    }

    /** What another part of Tiwizi writes in a cooperative's journal; once per source and reference. */
    void flow(long cooperative, LocalDate on, Account account, Means means, BigDecimal amount, Long memberId,
            String counterpart, String label, Source source, String reference) {
        if (reference != null && jdbc.sql(SQL.get("Books.alreadyWritten")).param("c", cooperative)
                .param("source", source.name()).param("ref", reference).query(Long.class).single() > 0) {
            return;
        }
        // a flow dated in a closed year (a late delivery) goes in on the first day still open
        LocalDate day = on;
        while (closed(cooperative, day)) {
            day = yearEnd(day.getYear()).plusDays(1);
        }
        write(cooperative, day, account, means, amount, memberId, counterpart, label, source, reference, null);
    }

    @Transactional(readOnly = true)
    @PreAuthorize("@access.readsCooperative(#cooperativeId)")
    public List<InventoryLine> inventory(long cooperativeId, int year) {
        return inventory(cooperativeId, yearEnd(year));
    }

    @Transactional
    @CooperativeOnly
    public void addInventoryLine(int year, InventoryForm form) {
        long cooperative = CurrentUser.require().cooperativeId();
        requireOpen(cooperative, yearEnd(year));
        if (form.item() == null || form.item().isBlank() || form.item().strip().length() > 200) {
            throw new AdministrationRefused("administration.error.inventoryItem", "item");
        }
        if (form.quantity() == null || form.quantity().signum() <= 0) {
            throw new AdministrationRefused("administration.error.inventoryQuantity", "quantity");
        }
        if (form.unitValue() == null || form.unitValue().signum() < 0) {
            throw new AdministrationRefused("administration.error.inventoryValue", "unitValue");
        }
        jdbc.sql(SQL.get("Books.addInventoryLine")).param("c", cooperative).param("end", yearEnd(year))
                .param("item", form.item().strip()).param("quantity", form.quantity())
                .param("value", form.unitValue()).param("now", Timestamp.from(clock.instant()))
                .param("by", CurrentUser.username()).update();
        events.publishEvent(Audited.by("inventory", "cooperative", cooperative, year + " " + form.item().strip()));
    }

    @Transactional
    @CooperativeOnly
    public void removeInventoryLine(int year, long lineId) {
        long cooperative = CurrentUser.require().cooperativeId();
        requireOpen(cooperative, yearEnd(year));
        if (jdbc.sql(SQL.get("Books.removeInventoryLine")).param("id", lineId).param("c", cooperative)
                .param("end", yearEnd(year)).update() == 0) {
            throw new NotFoundException("inventory", lineId);
        }
        events.publishEvent(Audited.by("inventory-remove", "cooperative", cooperative, year + " #" + lineId));
    }

    /** Closes a year that is over: its accounts are drawn up and it takes no more entries (art. 68). */
    @Transactional
    @CooperativeOnly
    public void close(int year) {
        long cooperative = CurrentUser.require().cooperativeId();
        LocalDate end = yearEnd(year);
        if (!yearOver(year)) {
            throw new AdministrationRefused("administration.error.yearNotOver", null, Morocco.DAY.format(end));
        }
        requireOpen(cooperative, end);
        jdbc.sql(SQL.get("Books.close")).param("c", cooperative).param("end", end)
                .param("now", Timestamp.from(clock.instant())).param("by", CurrentUser.username()).update();
        events.publishEvent(Audited.by("close-year", "cooperative", cooperative, String.valueOf(year)));
    }

    /** The year-end of a financial year: 31 December (ADR 0010). */
    public static LocalDate yearEnd(int year) {
        return LocalDate.of(year, 12, 31);
    }

    private long write(long cooperative, LocalDate on, Account account, Means means, BigDecimal amount,
            Long memberId, String counterpart, String label, Source source, String reference, Long reverses) {
        requireOpen(cooperative, on);
        jdbc.sql(SQL.get("Books.createCounter")).param("c", cooperative).update();
        jdbc.sql(SQL.get("Books.countEntry")).param("c", cooperative).update();
        int number = jdbc.sql(SQL.get("Books.lastNumber")).param("c", cooperative).query(Integer.class).single();
        var keys = new org.springframework.jdbc.support.GeneratedKeyHolder();
        jdbc.sql(SQL.get("Books.write")).param("c", cooperative).param("number", number).param("on", on)
                .param("account", account.name()).param("means", means.name()).param("amount", amount)
                .param("member", memberId).param("counterpart", counterpart).param("label", label)
                .param("source", source.name()).param("ref", reference).param("reverses", reverses)
                .param("now", Timestamp.from(clock.instant()))
                .param("by", source == Source.TYPED ? CurrentUser.username() : "tiwizi").update(keys, "id");
        return keys.getKeyAs(Long.class);
    }

    private void requireOpen(long cooperative, LocalDate day) {
        if (closed(cooperative, day)) {
            throw new AdministrationRefused("administration.error.yearClosed", "occurredOn",
                    String.valueOf(day.getYear()));
        }
    }

    /** Whether the year the day falls in, or a later one, is closed. */
    private boolean closed(long cooperative, LocalDate day) {
        return jdbc.sql(SQL.get("Books.closedFrom")).param("c", cooperative).param("day", day).query(Long.class)
                .single() > 0;
    }

    private List<YearAccounts.Flow> flows(long cooperative, int year) {
        var flows = new ArrayList<YearAccounts.Flow>();
        jdbc.sql(SQL.get("Books.sums")).param("c", cooperative).param("start", LocalDate.of(year, 1, 1))
                .param("end", yearEnd(year)).query(rs -> {
                    flows.add(new YearAccounts.Flow(Account.valueOf(rs.getString(1)), Means.valueOf(rs.getString(2)),
                            rs.getInt(3) == 1, rs.getBigDecimal(4)));
                });
        return flows;
    }

    /** The year's receipts, or its payments, whatever their account. */
    private static BigDecimal inYear(List<YearAccounts.Flow> flows, Account.Side side) {
        return flows.stream().filter(f -> f.inYear() && f.account().side() == side)
                .map(YearAccounts.Flow::amount).reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
    }

    private BigDecimal business(long cooperative, int year, boolean withMembers) {
        return jdbc.sql(SQL.get(withMembers ? "Books.businessWithMembers" : "Books.businessWithOthers"))
                .param("c", cooperative).param("start", LocalDate.of(year, 1, 1)).param("end", yearEnd(year))
                .param("accounts", businessAccounts()).query(BigDecimal.class).single();
    }

    private static List<String> businessAccounts() {
        return java.util.Arrays.stream(Account.values()).filter(Account::business).map(Account::name).toList();
    }

    private List<InventoryLine> inventory(long cooperative, LocalDate end) {
        return jdbc.sql(SQL.get("Books.inventory")).param("c", cooperative).param("end", end)
                .query(InventoryLine.class).list();
    }

    private boolean yearOver(int year) {
        return today().isAfter(yearEnd(year));
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(Morocco.ZONE));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
