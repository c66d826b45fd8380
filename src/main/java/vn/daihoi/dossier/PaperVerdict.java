package vn.daihoi.dossier;

import java.time.LocalDate;
import java.util.List;

/**
 * The appraisal of a dossier handled on paper, as the office types it: the outcome, the day it was decided,
 * the note, and the appraiser's comments on items (each item's id and text), which a return needs unless the
 * note says what to fix.
 */
public record PaperVerdict(Outcome outcome, LocalDate decidedOn, String note, List<ItemComment> comments) {

    /** Ready for the approval meeting, or returned to the unit for revision. */
    public enum Outcome {
        READY,
        RETURNED
    }

    /** An appraiser's comment on one checklist item. */
    public record ItemComment(long itemId, String body) {}

    public PaperVerdict {
        comments = comments == null ? List.of() : List.copyOf(comments);
    }
}
