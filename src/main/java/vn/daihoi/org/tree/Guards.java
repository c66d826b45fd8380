package vn.daihoi.org.tree;

import java.time.Clock;
import java.time.LocalDate;
import org.springframework.stereotype.Component;
import vn.daihoi.names.PersonName;
import vn.daihoi.org.Decision;
import vn.daihoi.org.OrgNode;
import vn.daihoi.platform.Dates;
import vn.daihoi.platform.DomainException;

/** The refusals every operation shares: unknown or closed nodes, bad effective dates, cycles. */
@Component
class Guards {

    private final VersionRows rows;
    private final Clock clock;

    Guards(VersionRows rows, Clock clock) {
        this.rows = rows;
        this.clock = clock;
    }

    /** The node's open version, locked; refuses an unknown or closed node. */
    OrgNode open(long id) {
        return rows.openForUpdate(id)
                .orElseThrow(() -> rows.exists(id)
                        ? DomainException.conflict("org.error.closed", id)
                        : DomainException.notFound("org.error.notFound", id));
    }

    /** The decision must say when it takes effect: not in the future (the current tree is today's). */
    void checkDecision(Decision decision) {
        if (decision == null || decision.effectiveFrom() == null) {
            throw new DomainException("org.error.effectiveRequired");
        }
        LocalDate today = LocalDate.now(clock);
        if (decision.effectiveFrom().isAfter(today)) {
            throw new DomainException(
                    "org.error.futureDate", Dates.format(decision.effectiveFrom()), Dates.format(today));
        }
        if (decision.date() != null && decision.date().isAfter(today)) {
            throw new DomainException("org.error.decisionFuture", Dates.format(decision.date()));
        }
    }

    /** A new version (or a closure) of {@code node} must start after its current version started. */
    void checkAfterCurrent(OrgNode node, Decision decision) {
        if (!decision.effectiveFrom().isAfter(node.validFrom())) {
            throw new DomainException(
                    "org.error.effectiveBeforeCurrent",
                    node.name(),
                    Dates.format(decision.effectiveFrom()),
                    Dates.format(node.validFrom()));
        }
    }

    /** A node placed under {@code parent} on the effective date: the parent must exist by then. */
    void checkParentExisted(OrgNode parent, Decision decision) {
        LocalDate first = rows.firstValidFrom(parent.id()).orElse(parent.validFrom());
        if (decision.effectiveFrom().isBefore(first)) {
            throw new DomainException(
                    "org.error.parentNotYet",
                    parent.name(),
                    Dates.format(first),
                    Dates.format(decision.effectiveFrom()));
        }
    }

    /** Refuses to put {@code node} below itself. */
    void checkNoCycle(OrgNode node, OrgNode newParent) {
        if (rows.isWithin(newParent.id(), node.id())) {
            throw new DomainException("org.error.cycle", node.name(), newParent.name());
        }
    }

    static String requireName(String name) {
        if (name == null || name.isBlank()) {
            throw new DomainException("org.error.nameRequired");
        }
        String n = PersonName.clean(name);
        if (n.length() > 300) {
            throw new DomainException("org.error.nameTooLong", 300);
        }
        return n;
    }

    static String clean(String text) {
        return text == null || text.isBlank()
                ? null
                : java.text.Normalizer.normalize(text.strip(), java.text.Normalizer.Form.NFC);
    }
}
