package vn.daihoi.keying;

import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.daihoi.elections.RoundSql;
import vn.daihoi.files.ArchiveGroup;
import vn.daihoi.files.CongressFiles;

/**
 * The filed entry logs for the archive, group "Bầu cử, kiểm phiếu" (COUNTING) of 62-HD/VPTW: the latest filing of
 * each round of the case, in the order of the elections and their rounds.
 */
@Component
class KeyingFiles implements CongressFiles {

    private final JdbcClient jdbc;

    KeyingFiles(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<CongressFile> filesOf(long congressCaseId) {
        return jdbc.sql("""
                        select %s, %s, f.entries, f.stored_file_id
                        from keying_log_filing f
                        where f.case_id = ?
                          and f.filing = (select max(filing) from keying_log_filing l where l.round_id = f.round_id)
                        order by %s, 2""".formatted(
                                RoundSql.title("f.round_id"),
                                RoundSql.roundNo("f.round_id"),
                                RoundSql.electionId("f.round_id")))
                .param(congressCaseId)
                .query((rs, n) -> new CongressFile(
                        ArchiveGroup.COUNTING,
                        "Nhật ký nhập phiếu: " + rs.getString(1) + ", vòng " + rs.getInt(2) + " (" + rs.getInt(3)
                                + " mục)",
                        rs.getLong(4)))
                .list();
    }
}
