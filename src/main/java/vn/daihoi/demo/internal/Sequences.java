package vn.daihoi.demo.internal;

import org.springframework.jdbc.core.simple.JdbcClient;

/** Reserves blocks of ids from a table's id sequence, so bulk rows can carry their ids into COPY. */
final class Sequences {

    private Sequences() {}

    /** Reserves {@code n} consecutive ids and returns the first. */
    static long reserve(JdbcClient jdbc, String table, long n) {
        long first = jdbc.sql("select nextval(pg_get_serial_sequence(?, 'id'))")
                .param(table)
                .query(Long.class)
                .single();
        if (n > 1) {
            jdbc.sql("select setval(pg_get_serial_sequence(?, 'id'), ?)")
                    .params(table, first + n - 1)
                    .query()
                    .listOfRows();
        }
        return first;
    }
}
