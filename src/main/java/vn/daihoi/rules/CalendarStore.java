package vn.daihoi.rules;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The calendar tables: entries, official Tết breaks and the revision every change bumps. */
@Repository
class CalendarStore {

    private final JdbcClient jdbc;

    CalendarStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long revision() {
        return jdbc.sql("select revision from calendar_revision where id = 1")
                .query(Long.class)
                .single();
    }

    /** Called in the transaction of every change, so another node sees the new revision with the change. */
    void bumpRevision() {
        jdbc.sql("update calendar_revision set revision = nextval('calendar_revision_seq') where id = 1")
                .update();
    }

    List<CalendarEntry> entries(int year) {
        return jdbc.sql("select day, kind, note, decision_ref from calendar_day where day between ? and ? order by day")
                .params(Date.valueOf(LocalDate.of(year, 1, 1)), Date.valueOf(LocalDate.of(year, 12, 31)))
                .query((rs, i) -> new CalendarEntry(
                        rs.getDate("day").toLocalDate(),
                        CalendarEntry.Kind.valueOf(rs.getString("kind")),
                        rs.getString("note"),
                        rs.getString("decision_ref")))
                .list();
    }

    Optional<CalendarEntry> entry(LocalDate day) {
        return jdbc.sql("select day, kind, note, decision_ref from calendar_day where day = ? for update")
                .param(Date.valueOf(day))
                .query((rs, i) -> new CalendarEntry(
                        rs.getDate("day").toLocalDate(),
                        CalendarEntry.Kind.valueOf(rs.getString("kind")),
                        rs.getString("note"),
                        rs.getString("decision_ref")))
                .optional();
    }

    void insert(CalendarEntry e, String by, Instant at) {
        jdbc.sql(
                        "insert into calendar_day (day, kind, note, decision_ref, created_by, created_at) values (?, ?, ?, ?, ?, ?)")
                .params(Date.valueOf(e.day()), e.kind().name(), e.note(), e.decisionRef(), by, Timestamp.from(at))
                .update();
    }

    void delete(LocalDate day) {
        jdbc.sql("delete from calendar_day where day = ?")
                .param(Date.valueOf(day))
                .update();
    }

    Optional<OfficialTet> tet(int year) {
        return jdbc.sql("select year, first_day, last_day, note, decision_ref from official_tet where year = ?")
                .param(year)
                .query((rs, i) -> new OfficialTet(
                        rs.getInt("year"),
                        rs.getDate("first_day").toLocalDate(),
                        rs.getDate("last_day").toLocalDate(),
                        rs.getString("note"),
                        rs.getString("decision_ref")))
                .optional();
    }

    void insertTet(OfficialTet t, String by, Instant at) {
        jdbc.sql("""
                insert into official_tet (year, first_day, last_day, note, decision_ref, created_by, created_at)
                values (?, ?, ?, ?, ?, ?, ?)
                """)
                .params(
                        t.year(),
                        Date.valueOf(t.firstDay()),
                        Date.valueOf(t.lastDay()),
                        t.note(),
                        t.decisionRef(),
                        by,
                        Timestamp.from(at))
                .update();
    }

    void deleteTet(int year) {
        jdbc.sql("delete from official_tet where year = ?").param(year).update();
    }
}
