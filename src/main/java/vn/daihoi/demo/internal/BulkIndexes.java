package vn.daihoi.demo.internal;

import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Drops a table's secondary indexes, unique and foreign-key constraints before a bulk load and
 * recreates them afterwards from their own definitions (read from the catalogue, so indexes added by
 * later migrations are kept as they are). Building an index once over millions of rows is much faster
 * than maintaining it row by row. Runs inside the load's transaction: a failed load leaves every index.
 */
final class BulkIndexes {

    private final JdbcClient jdbc;
    private final List<String> indexes = new ArrayList<>();
    private final List<String> constraints = new ArrayList<>();

    BulkIndexes(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void drop(String table) {
        List<String[]> cons = jdbc.sql("""
            select conname, pg_get_constraintdef(oid) from pg_constraint
            where conrelid = ?::regclass and contype in ('u', 'f')
            order by contype desc, conname
            """)
                .param(table)
                .query((rs, n) -> new String[] {rs.getString(1), rs.getString(2)})
                .list();
        for (String[] c : cons) {
            constraints.add("alter table " + table + " add constraint " + c[0] + " " + c[1]);
            jdbc.sql("alter table " + table + " drop constraint " + c[0]).update();
        }
        List<String[]> idx = jdbc.sql("""
            select i.indexrelid::regclass::text, pg_get_indexdef(i.indexrelid) from pg_index i
            where i.indrelid = ?::regclass and not i.indisprimary
              and not exists (select 1 from pg_constraint c where c.conindid = i.indexrelid)
            order by 1
            """)
                .param(table)
                .query((rs, n) -> new String[] {rs.getString(1), rs.getString(2)})
                .list();
        for (String[] i : idx) {
            indexes.add(i[1]);
            jdbc.sql("drop index " + i[0]).update();
        }
    }

    /** Recreates what {@link #drop} removed: plain indexes first, then unique keys, then foreign keys. */
    void restore() {
        for (String ddl : indexes) {
            jdbc.sql(ddl).update();
        }
        for (String ddl : constraints) {
            jdbc.sql(ddl).update();
        }
        indexes.clear();
        constraints.clear();
    }
}
