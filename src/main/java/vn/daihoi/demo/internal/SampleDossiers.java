package vn.daihoi.demo.internal;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.daihoi.files.FileStore;

/**
 * The approval meeting of the sample season: a commune whose dossier (recorded through the dossier module by
 * {@link SampleRecords}) was approved at the province's approval meeting, with its conclusion notice. The
 * meeting and its agenda are written at the days of the case's history ({@code ApprovalCalendar} schedules only
 * cases waiting for a meeting, {@code ApprovalConclusions} concludes today); the notice is the case's own PDF,
 * stored through {@link FileStore}.
 */
final class SampleDossiers {

    private record Case(
            long id, long orgId, String name, String level, String kind, LocalDate windowTo, Long superior) {}

    private final JdbcClient jdbc;
    private final FileStore files;

    SampleDossiers(JdbcClient jdbc, FileStore files) {
        this.jdbc = jdbc;
        this.files = files;
    }

    /** Writes the approved commune's meeting; returns how many cases it wrote for. */
    int write(long provinceId, String username) {
        int written = 0;
        Optional<Case> approved = pick(provinceId, "ARCHIVED");
        if (approved.isPresent()) {
            approve(approved.get(), provinceId, username);
            written++;
        }
        return written;
    }

    /** The first case in the state, a committee's before a cell's (its dossier is the fuller one). */
    private Optional<Case> pick(long provinceId, String state) {
        return jdbc.sql("""
                        select c.id, c.org_id, v.name, c.level, c.kind, c.window_to,
                               coalesce(v.superior_id, v.parent_id)
                        from congress_case c
                        join org_closure t on t.descendant_id = c.org_id and t.ancestor_id = ?
                        join org_version v on v.org_id = c.org_id and v.valid_to is null
                        join org_unit u on u.id = c.org_id
                        where c.state = ?
                        order by c.level <> 'GRASSROOTS_COMMITTEE', c.level like '%CELL', u.code limit 1""")
                .params(provinceId, state)
                .query((rs, i) -> new Case(
                        rs.getLong(1),
                        rs.getLong(2),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getString(5),
                        rs.getObject(6, LocalDate.class),
                        rs.getObject(7, Long.class)))
                .optional();
    }

    private void approve(Case c, long provinceId, String username) {
        LocalDate ready = stepOn(c, "APPROVAL_MEETING");
        LocalDate approvedOn = stepOn(c, "APPROVED");
        // the province's standing committee approves the communes; a commune's committee its cells
        boolean byProvince = c.superior() != null && c.superior() == provinceId;
        long meeting = jdbc.sql("""
                        insert into approval_meeting (superior_org_id, meets_on, starts_at, ends_at, place, created_at,
                            created_by)
                        values (?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(
                        c.superior(),
                        approvedOn,
                        LocalTime.of(8, 0),
                        LocalTime.of(9, 30),
                        byProvince ? "Phòng họp Ban Thường vụ Tỉnh ủy" : "Phòng họp Đảng ủy",
                        at(ready),
                        username)
                .query(Long.class)
                .single();
        String symbol = byProvince ? "21-TB/TU" : "21-TB/ĐU";
        long file = store(
                c,
                "thong-bao-ket-luan-21-TB.pdf",
                SamplePapers.paper(
                        c.name(),
                        "Thông báo kết luận số " + symbol,
                        "Ban Thường vụ kết luận về việc duyệt đại hội " + c.name()
                                + " nhiệm kỳ 2025-2030: đồng ý nội dung văn kiện, đề án nhân sự, thời gian và địa"
                                + " điểm đại hội.",
                        approvedOn),
                username);
        jdbc.sql("""
                        insert into approval_meeting_unit (meeting_id, case_id, presenter, conclusion_symbol,
                            conclusion_file_id)
                        values (?, ?, ?, ?, ?)""")
                .params(meeting, c.id(), "Đồng chí Bí thư " + c.name(), symbol, file)
                .update();
    }

    private LocalDate stepOn(Case c, String state) {
        return jdbc.sql("""
                        select effective_on from congress_transition where case_id = ? and to_state = ?
                        order by at limit 1""").params(c.id(), state).query(LocalDate.class).single();
    }

    /** Stores the case's own paper through the file store, as an upload would be. */
    private long store(Case c, String filename, byte[] pdf, String username) {
        return files.store(filename, pdf, c.orgId(), username).id();
    }

    private static Timestamp at(LocalDate day) {
        // 9:00 in Vietnam, whatever the JVM's default zone (Timestamp.valueOf would read it in that zone)
        return Timestamp.from(
                day.atTime(9, 0).atZone(vn.daihoi.platform.Dates.ZONE).toInstant());
    }
}
