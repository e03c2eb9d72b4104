package ma.tiwizi.bizplan;

import java.util.Collection;
import java.util.Set;
import ma.tiwizi.platform.TiwiziPrincipal;

/**
 * Why a staff member other than an administrator may read some of a cooperative's business plans: implemented by the
 * modules whose work needs them (funding: a reviewer, the plans attached to applications assigned to them; training:
 * a trainer, the plans of cooperatives enrolled in their sessions). Without such a reason, no plan is shown.
 */
public interface PlanReadingRight {

    /** Of these plans of one cooperative, the ones the user may read. */
    Set<Long> readable(TiwiziPrincipal user, long cooperativeId, Collection<Long> planIds);
}
