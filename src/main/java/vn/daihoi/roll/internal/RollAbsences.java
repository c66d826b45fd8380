package vn.daihoi.roll.internal;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.daihoi.audit.AuditLog;
import vn.daihoi.counting.BaseKind;
import vn.daihoi.counting.Exclusion;
import vn.daihoi.platform.DomainException;
import vn.daihoi.roll.Roll;
import vn.daihoi.season.CongressCase;

/**
 * Absences for the whole congress and alternates called up, with the exclusion each gives (elections.md §2).
 * All-member congress: an exempted member absent → EXEMPT_ABSENT (whatever the reason); absent with a reason
 * accepted → ABSENT_WITH_REASON; absent without one → stays in D. Delegate congress: an ex-officio delegate
 * absent → EX_OFFICIO_ABSENT; another delegate absent → DELEGATE_ABSENT_NO_ALTERNATE until an alternate is
 * called up for them; then the alternate is summoned in their place and the absent delegate no longer is.
 */
@Service
public class RollAbsences {

    private final JdbcClient jdbc;
    private final RollBook book;
    private final AuditLog audit;

    RollAbsences(JdbcClient jdbc, RollBook book, AuditLog audit) {
        this.jdbc = jdbc;
        this.book = book;
        this.audit = audit;
    }

    /** Marks a person absent for the whole congress; a reason is required when it is accepted. */
    @Transactional
    public RollEntry markAbsent(long caseId, Long entryId, Absence absence, String reason) {
        CongressCase c = book.lockForRollChange(caseId);
        RollEntry e = book.entry(caseId, entryId);
        String why = reason == null ? "" : reason.strip();
        if (absence == null) {
            throw new DomainException("roll.error.absenceRequired");
        }
        if (absence == Absence.WITH_REASON && why.isEmpty()) {
            throw new DomainException("roll.error.reasonRequired", e.number(), e.fullName());
        }
        if (why.length() > 500) {
            throw new DomainException("roll.error.reasonTooLong");
        }
        if (!e.summoned()) {
            throw DomainException.conflict("roll.error.notSummoned", e.number(), e.fullName());
        }
        if (e.present()) {
            throw DomainException.conflict("roll.error.checkedIn", e.number(), e.fullName());
        }
        if (e.absence() != null || e.exclusion() != null) {
            throw DomainException.conflict("roll.error.alreadyExcluded", e.number(), e.fullName());
        }
        BaseKind kind = Roll.baseKind(c.kind());
        Exclusion exclusion = exclusionFor(kind, e, absence);
        if (exclusion != null && !exclusion.allowedFor(kind)) {
            throw new IllegalStateException(exclusion + " is not allowed for " + kind);
        }
        jdbc.sql("update roll_entry set absence = ?, absence_reason = ?, exclusion = ? where id = ?")
                .param(absence.name())
                .param(why.isEmpty() ? null : why)
                .param(exclusion == null ? null : exclusion.name())
                .param(entryId)
                .update();
        audit.record(AuditLog.Change.of(
                        "ROLL_ABSENT",
                        "roll_entry",
                        entryId,
                        c.orgId(),
                        "Ghi vắng mặt cả đại hội " + (absence == Absence.WITH_REASON ? "có lý do" : "không có lý do")
                                + ": số " + e.number() + " " + e.fullName()
                                + (exclusion == null ? " (vẫn tính vào D)" : " (không tính vào D: " + exclusion + ")"))
                .withDetails(why));
        return book.entry(caseId, entryId);
    }

    /** The exclusion an absence gives, by the kind of congress and who is absent; null = stays in D. */
    static Exclusion exclusionFor(BaseKind kind, RollEntry e, Absence absence) {
        if (kind == BaseKind.DELEGATE_CONGRESS) {
            return e.kind() == RollKind.EX_OFFICIO
                    ? Exclusion.EX_OFFICIO_ABSENT
                    : Exclusion.DELEGATE_ABSENT_NO_ALTERNATE;
        }
        if (e.exempt()) {
            return Exclusion.EXEMPT_ABSENT;
        }
        return absence == Absence.WITH_REASON ? Exclusion.ABSENT_WITH_REASON : null;
    }

    /** Takes back an absence marked by mistake (not once an alternate sits in the person's place). */
    @Transactional
    public RollEntry clearAbsence(long caseId, Long entryId) {
        CongressCase c = book.lockForRollChange(caseId);
        RollEntry e = book.entry(caseId, entryId);
        if (e.absence() == null) {
            throw DomainException.conflict("roll.error.notAbsent", e.number(), e.fullName());
        }
        if (!e.summoned()) {
            throw DomainException.conflict("roll.error.replaced", e.number(), e.fullName());
        }
        jdbc.sql("update roll_entry set absence = null, absence_reason = null, exclusion = null where id = ?")
                .param(entryId)
                .update();
        audit.record(AuditLog.Change.of(
                "ROLL_ABSENCE_CLEARED",
                "roll_entry",
                entryId,
                c.orgId(),
                "Bỏ ghi vắng mặt: số " + e.number() + " " + e.fullName()));
        return book.entry(caseId, entryId);
    }

    /**
     * Calls up an alternate for a delegate absent for the whole congress, with the reason. Alternates are
     * called in their order: the first not yet called of the same electing unit.
     */
    @Transactional
    public RollEntry callUpAlternate(long caseId, Long alternateId, Long delegateId, String reason) {
        CongressCase c = book.lockForRollChange(caseId);
        if (!"DELEGATE".equals(c.kind())) {
            throw DomainException.conflict("roll.error.notDelegate", c.orgName());
        }
        RollEntry alternate = book.entry(caseId, alternateId);
        RollEntry delegate = book.entry(caseId, delegateId);
        String why = reason == null ? "" : reason.strip();
        if (why.isEmpty()) {
            throw new DomainException("roll.error.calledReasonRequired", alternate.fullName());
        }
        if (alternate.kind() != RollKind.ALTERNATE || alternate.summoned()) {
            throw DomainException.conflict("roll.error.notAnAlternate", alternate.number(), alternate.fullName());
        }
        if (delegate.kind() == RollKind.EX_OFFICIO) {
            throw DomainException.conflict("roll.error.exOfficioNoAlternate", delegate.number(), delegate.fullName());
        }
        if (!delegate.summoned() || delegate.absence() == null) {
            throw DomainException.conflict("roll.error.delegateNotAbsent", delegate.number(), delegate.fullName());
        }
        Integer first = jdbc.sql("""
                        select min(alternate_rank) from roll_entry
                        where case_id = ? and kind = 'ALTERNATE' and not summoned
                          and electing_unit is not distinct from ?""")
                .param(caseId)
                .param(alternate.electingUnit())
                .query(Integer.class)
                .single();
        if (!alternate.alternateRank().equals(first)) {
            throw DomainException.conflict("roll.error.alternateOrder", alternate.fullName());
        }
        jdbc.sql("update roll_entry set summoned = true, replaces_id = ?, called_reason = ? where id = ?")
                .param(delegateId)
                .param(why)
                .param(alternateId)
                .update();
        // the seat passes to the alternate: the absent delegate is no longer summoned, so D is unchanged
        jdbc.sql("update roll_entry set summoned = false, exclusion = null where id = ?")
                .param(delegateId)
                .update();
        audit.record(AuditLog.Change.of(
                        "ROLL_ALTERNATE_CALLED",
                        "roll_entry",
                        alternateId,
                        c.orgId(),
                        "Gọi đại biểu dự khuyết " + alternate.fullName() + " (số " + alternate.number()
                                + ") thay đại biểu " + delegate.fullName() + " (số " + delegate.number() + ")")
                .withDetails(why));
        return book.entry(caseId, alternateId);
    }
}
