package vn.daihoi.season;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import vn.daihoi.org.OrgLevel;

/**
 * Issues a congress plan (kế hoạch) of a superior for a term and cascades it to the congress cases of every
 * unit below the issuer in one transaction: new cases start in {@link CongressState#PLAN_ISSUED}, existing
 * ones keep their state and only take the plan's fields; held and terminal cases are left untouched.
 * Refusals are {@link vn.daihoi.platform.DomainException}s with a Vietnamese message; nothing is written.
 */
public interface PlanCascade {

    /** Issues a new plan (PLAN_ISSUE on the issuer). At most one plan per issuer and term. */
    PlanOutcome issue(PlanDraft draft);

    /** Replaces the plan's contents with {@code draft} and cascades again (same issuer and term). */
    PlanOutcome reissue(long planId, PlanDraft draft);

    /** Links the plan to its entry in the document register (no check that the document exists). */
    void linkDocument(long planId, long documentId);

    /** The schedule of one level; {@code from}/{@code to}/{@code maxDays} null means "the rulebook's". */
    record PlanWindow(OrgLevel level, LocalDate from, LocalDate to, BigDecimal maxDays) {}

    /** What the plan says of one direct subordinate: its follower (an app_user) and special extra delegates. */
    record PlanUnit(long orgId, Long followerUserId, Integer special) {}

    /** Delegate allocation inputs: total T, base per direct subordinate b, ex-officio E, appointed A. */
    record PlanDelegates(Integer total, Integer basePerUnit, Integer exOfficio, Integer appointed) {}

    /** Everything a plan holds, as entered on the form or sent to the API. */
    record PlanDraft(
            Long issuerId,
            String term,
            String symbol,
            LocalDate issuedOn,
            String title,
            Integer dossierLeadDays,
            List<PlanWindow> windows,
            Set<Long> pilots,
            List<PlanUnit> units,
            PlanDelegates delegates) {}

    /** The plan's id and what the cascade did. */
    record PlanOutcome(long planId, int created, int updated, int untouched) {}
}
