package vn.daihoi.documents;

import java.time.LocalDate;
import java.util.Optional;

/**
 * Which committee term a node is in on a date: numbering of a committee's documents restarts with each
 * term, which runs from the day after its congress closes to the day the next one closes (36-HD/VPTW).
 * Implemented by the congress season, which knows when each congress closed.
 */
public interface CommitteeTerms {

    /** The term ("2025-2030") the node's committee is serving on that date. */
    String termAt(long orgId, LocalDate date);

    /** A congress case's unit and term, when the case exists (a congress's documents are numbered in its own sequence). */
    Optional<CongressOf> congress(long congressCaseId);

    /** The unit whose congress it is, and the term it elects. */
    record CongressOf(long orgId, String term) {}
}
