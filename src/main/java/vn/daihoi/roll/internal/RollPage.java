package vn.daihoi.roll.internal;

import java.util.List;

/**
 * One page of the roll as searched: its entries by number, the page (1 first), how many match and how many are
 * on the whole roll, with the search and filter that chose them.
 */
public record RollPage(
        List<RollEntry> entries, int page, int pageSize, int matching, int rollSize, String query, RollFilter filter) {

    public int pages() {
        return Math.max(1, (matching + pageSize - 1) / pageSize);
    }

    public boolean hasPrevious() {
        return page > 1;
    }

    public boolean hasNext() {
        return page < pages();
    }

    /** The position of the first entry shown among those matching (1 first; 0 when none match). */
    public int from() {
        return matching == 0 ? 0 : (page - 1) * pageSize + 1;
    }

    public int to() {
        return Math.min(matching, page * pageSize);
    }
}
