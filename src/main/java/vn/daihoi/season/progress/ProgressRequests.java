package vn.daihoi.season.progress;

import java.time.Clock;
import java.time.LocalDate;
import org.springframework.stereotype.Component;
import vn.daihoi.access.AccessControl;
import vn.daihoi.access.Permission;
import vn.daihoi.platform.Dates;
import vn.daihoi.platform.DomainException;

/**
 * What the progress pages, API and exports share: the permission check, reading {@code term}, {@code asOf}
 * and {@code dueWithin}, and choosing between today's aggregate and a recount of the past.
 */
@Component
class ProgressRequests {

    static final String DEFAULT_TERM = "2025-2030";

    private final AccessControl access;
    private final ProgressQueries queries;
    private final Clock clock;

    ProgressRequests(AccessControl access, ProgressQueries queries, Clock clock) {
        this.access = access;
        this.queries = queries;
        this.clock = clock;
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }

    /** CONGRESS_VIEW on the node (its subtree is what progress shows). */
    void requireView(long orgId) {
        access.require(Permission.CONGRESS_VIEW, orgId);
    }

    static String term(String text) {
        if (text == null || text.isBlank()) {
            return DEFAULT_TERM;
        }
        String t = text.strip();
        if (!t.matches("\\d{4}-\\d{4}")
                || Integer.parseInt(t.substring(5)) != Integer.parseInt(t.substring(0, 4)) + 5) {
            throw new DomainException("progress.error.term", text);
        }
        return t;
    }

    /** The date of {@code asOf} (read by the one query-date reader); today when absent; never in the future. */
    LocalDate asOf(LocalDate date) {
        LocalDate today = today();
        if (date == null) {
            return today;
        }
        if (date.isAfter(today)) {
            throw new DomainException("progress.error.asOfFuture", Dates.format(date), Dates.format(today));
        }
        return date;
    }

    /** Today's name of the node; a 404 when it does not exist (or no longer does). */
    String nodeName(long orgId) {
        return queries.nodeName(orgId, today());
    }

    ProgressReport report(long orgId, String term, LocalDate asOf, Integer dueWithin) {
        requireView(orgId);
        String t = term(term);
        LocalDate date = asOf(asOf);
        int days = CaseFilter.days(dueWithin);
        return date.equals(today()) ? queries.current(orgId, t, date, days) : queries.past(orgId, t, date, days);
    }
}
