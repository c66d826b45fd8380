package vn.daihoi.roll.internal;

import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.daihoi.names.VietnameseNames;
import vn.daihoi.platform.DomainException;
import vn.daihoi.platform.Like;

/**
 * The roll page by page: a roll of 1,600 is never one page. A search is a badge number (digits) or part of a
 * name, accent-insensitive ({@link VietnameseNames#searchKey}, against roll_entry.search_text and its trigram
 * index); a filter narrows to present, not yet here, absent or excluded.
 */
@Service
public class RollSearch {

    public static final int PAGE_SIZE = 100;

    private final JdbcClient jdbc;
    private final RollBook book;

    RollSearch(JdbcClient jdbc, RollBook book) {
        this.jdbc = jdbc;
        this.book = book;
    }

    /** Page {@code page} (1 first; past the last gives the last) of the entries matching, by number. */
    @Transactional(readOnly = true)
    public RollPage page(long caseId, String query, RollFilter filter, int page) {
        book.congress(caseId);
        RollFilter f = filter == null ? RollFilter.ALL : filter;
        String q = query == null ? "" : query.strip();
        if (q.length() > 100) {
            throw new DomainException("roll.error.searchTooLong");
        }
        StringBuilder where = new StringBuilder(" where e.case_id = ?").append(f.sql);
        List<Object> params = new ArrayList<>(List.of(caseId));
        if (q.matches("\\d{1,6}")) {
            where.append(" and e.number = ?");
            params.add(Integer.valueOf(q));
        } else if (!q.isEmpty()) {
            where.append(" and e.search_text like ?");
            params.add(Like.contains(VietnameseNames.searchKey(q)));
        }
        String from = " from roll_entry e left join roll_checkin c on c.roll_entry_id = e.id";
        int matching = jdbc.sql("select count(*)" + from + where)
                .params(params)
                .query(Integer.class)
                .single();
        int rollSize = jdbc.sql("select count(*) from roll_entry where case_id = ?")
                .param(caseId)
                .query(Integer.class)
                .single();
        int pages = Math.max(1, (matching + PAGE_SIZE - 1) / PAGE_SIZE);
        int p = Math.min(Math.max(1, page), pages);
        List<Object> pageParams = new ArrayList<>(params);
        pageParams.add(PAGE_SIZE);
        pageParams.add((p - 1) * PAGE_SIZE);
        List<RollEntry> entries = jdbc.sql(
                        "select " + RollBook.COLUMNS + from + where + " order by e.number limit ? offset ?")
                .params(pageParams)
                .query(RollBook::map)
                .list();
        return new RollPage(entries, p, PAGE_SIZE, matching, rollSize, q, f);
    }

    /** Delegates absent for the whole congress an alternate may be called up for (not ex officio), by number. */
    @Transactional(readOnly = true)
    public List<RollEntry> absentDelegates(long caseId) {
        book.congress(caseId);
        return jdbc.sql("select " + RollBook.COLUMNS + """
                         from roll_entry e left join roll_checkin c on c.roll_entry_id = e.id
                        where e.case_id = ? and e.summoned and e.absence is not null and e.kind <> 'EX_OFFICIO'
                        order by e.number""")
                .param(caseId)
                .query(RollBook::map)
                .list();
    }
}
