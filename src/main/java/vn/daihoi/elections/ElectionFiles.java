package vn.daihoi.elections;

import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.daihoi.files.ArchiveGroup;
import vn.daihoi.files.CongressFiles;

/**
 * The filed election papers for the archive (group "bầu cử, kiểm phiếu" of 62-HD/VPTW): of each election only
 * its latest filing, the one that stands; earlier filings stay in the database.
 */
@Component
class ElectionFiles implements CongressFiles {

    private final JdbcClient jdbc;

    ElectionFiles(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<CongressFile> filesOf(long congressCaseId) {
        return jdbc.sql("""
                        select f.title, g.filing, f.stored_file_id
                        from election e
                        join election_filing g on g.election_id = e.id
                          and g.filing = (select max(filing) from election_filing where election_id = e.id)
                        join election_filed_file f on f.filing_id = g.id
                        where e.case_id = ?
                        order by e.id, f.position
                        """)
                .param(congressCaseId)
                .query((rs, n) -> new CongressFile(
                        ArchiveGroup.COUNTING, rs.getString(1) + ", lưu lần " + rs.getInt(2), rs.getLong(3)))
                .list();
    }
}
