package ma.tiwizi.administration.books;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import lombok.RequiredArgsConstructor;
import ma.tiwizi.administration.register.AdministrationRefused;
import ma.tiwizi.administration.rules.Surplus;
import ma.tiwizi.platform.Audited;
import ma.tiwizi.platform.CooperativeOnly;
import ma.tiwizi.platform.CurrentUser;
import ma.tiwizi.platform.Morocco;
import ma.tiwizi.platform.Queries;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The surplus of a closed year, proposed to the annual assembly and recorded as it adopted it (arts. 69, 31, 70):
 * 10 % to the legal reserve until the reserve equals the capital, interest on paid-up shares at the rate the
 * assembly sets (if the statutes allow), rebates in proportion to each member's business with the cooperative, the
 * rest to other reserves or carried forward. A loss is not shared. The cooperative records its own; staff read it.
 */
@Service
@RequiredArgsConstructor
public class SurplusAllocations {

    private static final Queries SQL = Queries.of("administration");
    private static final BigDecimal HUNDRED = new BigDecimal("100");

    private final Books books;
    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    /** A member's rebate: the business done with the cooperative in the year and the share of the rebates. */
    public record Rebate(long memberId, String memberName, BigDecimal business, BigDecimal rebate) {
    }

    /**
     * A year's allocation, proposed or adopted.
     *
     * @param interestPercent the yearly interest on paid-up shares, in percent, or null when the statutes give none
     * @param rebatePercent the part of what is left after the reserve and the interest given back as rebates
     */
    public record Allocation(int year, boolean closed, BigDecimal netSurplus, BigDecimal legalReserveBefore,
            BigDecimal capital, BigDecimal paidUp, BigDecimal interestPercent, BigDecimal rebatePercent,
            Surplus surplus, List<Rebate> rebates, LocalDate adoptedOn) {

        public boolean loss() {
            return netSurplus.signum() < 0;
        }

        public boolean adopted() {
            return adoptedOn != null;
        }
    }

    private record Adopted(BigDecimal interestPercent, BigDecimal rebatePercent, LocalDate adoptedOn) {
    }

    private record Capital(BigDecimal subscribed, BigDecimal paidUp) {
    }

    /** The allocation adopted for the year, or the one these figures give. */
    @Transactional(readOnly = true)
    @PreAuthorize("@access.readsCooperative(#cooperativeId)")
    public Allocation of(long cooperativeId, int year, BigDecimal interestPercent, BigDecimal rebatePercent) {
        return allocation(cooperativeId, year, interestPercent, rebatePercent);
    }

    private Allocation allocation(long cooperativeId, int year, BigDecimal interestPercent,
            BigDecimal rebatePercent) {
        var statements = books.statements(cooperativeId, year);
        var adopted = jdbc.sql(SQL.get("SurplusAllocations.adopted")).param("c", cooperativeId)
                .param("end", Books.yearEnd(year)).query(Adopted.class).optional();
        BigDecimal interest = adopted.map(Adopted::interestPercent).orElse(interestPercent);
        BigDecimal rebate = adopted.map(Adopted::rebatePercent).orElse(rebatePercent == null ? HUNDRED
                : rebatePercent);
        if (rebate.signum() < 0 || rebate.compareTo(HUNDRED) > 0 || interest != null && interest.signum() < 0) {
            throw new AdministrationRefused("administration.error.surplusPercent", "rebatePercent");
        }
        var capital = jdbc.sql(SQL.get("SurplusAllocations.capital")).param("c", cooperativeId)
                .query(Capital.class).single();
        BigDecimal reserveBefore = jdbc.sql(SQL.get("SurplusAllocations.legalReserveBefore"))
                .param("c", cooperativeId).param("end", Books.yearEnd(year)).query(BigDecimal.class).single();
        Map<Long, BigDecimal> business = books.businessByMember(cooperativeId, year);
        BigDecimal net = statements.accounts().result();
        var surplus = Surplus.allocate(net, reserveBefore, capital.subscribed(),
                interest == null ? null : interest.divide(HUNDRED, 6, RoundingMode.HALF_UP), capital.paidUp(),
                rebate.divide(HUNDRED, 6, RoundingMode.HALF_UP), business);
        var names = names(cooperativeId);
        var rebates = business.entrySet().stream().map(e -> new Rebate(e.getKey(),
                names.getOrDefault(e.getKey(), "#" + e.getKey()), e.getValue(),
                surplus.rebateByMember().getOrDefault(e.getKey(), BigDecimal.ZERO.setScale(2)))).toList();
        return new Allocation(year, statements.closed(), net, reserveBefore, capital.subscribed(),
                capital.paidUp(), interest, rebate, surplus, rebates, adopted.map(Adopted::adoptedOn).orElse(null));
    }

    /** Records the allocation the annual assembly adopted on {@code adoptedOn}; once a year, for a closed year. */
    @Transactional
    @CooperativeOnly
    public void adopt(int year, BigDecimal interestPercent, BigDecimal rebatePercent, LocalDate adoptedOn) {
        long cooperative = CurrentUser.require().cooperativeId();
        var allocation = allocation(cooperative, year, interestPercent, rebatePercent);
        if (!allocation.closed()) {
            throw new AdministrationRefused("administration.error.surplusOpenYear", null, String.valueOf(year));
        }
        if (allocation.adopted()) {
            throw new AdministrationRefused("administration.error.surplusAdopted", null, String.valueOf(year));
        }
        if (adoptedOn == null || !adoptedOn.isAfter(Books.yearEnd(year))
                || adoptedOn.isAfter(LocalDate.now(clock.withZone(Morocco.ZONE)))) {
            throw new AdministrationRefused("administration.error.surplusDay", "adoptedOn");
        }
        var s = allocation.surplus();
        jdbc.sql(SQL.get("SurplusAllocations.adopt")).param("c", cooperative).param("end", Books.yearEnd(year))
                .param("net", allocation.netSurplus()).param("reserve", s.legalReserve())
                .param("interestPercent", allocation.interestPercent()).param("interest", s.interest())
                .param("rebatePercent", allocation.rebatePercent()).param("rebates", s.rebates())
                .param("remainder", s.remainder()).param("on", adoptedOn)
                .param("now", Timestamp.from(clock.instant())).param("by", CurrentUser.username()).update();
        for (Rebate rebate : allocation.rebates()) {
            jdbc.sql(SQL.get("SurplusAllocations.rebate")).param("c", cooperative).param("end", Books.yearEnd(year))
                    .param("m", rebate.memberId()).param("business", rebate.business())
                    .param("rebate", rebate.rebate()).update();
        }
        events.publishEvent(Audited.by("surplus", "cooperative", cooperative, year + " " + s.legalReserve()
                .toPlainString() + " / " + s.interest().toPlainString() + " / " + s.rebates().toPlainString()));
    }

    private Map<Long, String> names(long cooperative) {
        var names = new java.util.HashMap<Long, String>();
        jdbc.sql(SQL.get("SurplusAllocations.names")).param("c", cooperative).query(rs -> {
            names.put(rs.getLong(1), rs.getString(2));
        });
        return names;
    }
}
