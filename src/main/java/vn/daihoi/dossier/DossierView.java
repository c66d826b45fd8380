package vn.daihoi.dossier;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import vn.daihoi.files.StoredFile;
import vn.daihoi.season.CongressCase;

/**
 * A case's dossier as its reader sees it: every checklist item with its file versions (newest first) and
 * the appraiser's comments on the latest round, the rounds so far, and what the reader may do.
 */
public record DossierView(
        CongressCase congress, List<Item> items, List<Round> rounds, boolean mayEdit, boolean mayAppraise) {

    /** An item of the checklist and what stands against it. */
    public record Item(DossierItem item, List<FileVersion> versions, List<Comment> comments) {

        public boolean satisfied() {
            return !versions.isEmpty();
        }
    }

    public record FileVersion(long id, int version, StoredFile file, Instant uploadedAt, String uploadedBy) {}

    public record Comment(long id, int round, String body, Instant at, String username) {}

    /** A submission and its verdict (null while under appraisal). */
    public record Round(
            int round,
            LocalDate plannedOn,
            Instant submittedAt,
            String submittedBy,
            String verdict,
            Instant verdictAt,
            String verdictBy,
            String verdictNote) {}

    public List<Item> missing() {
        return items.stream().filter(i -> !i.satisfied()).toList();
    }

    public Round latestRound() {
        return rounds.isEmpty() ? null : rounds.getLast();
    }
}
