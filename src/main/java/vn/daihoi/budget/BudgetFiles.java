package vn.daihoi.budget;

import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.daihoi.files.ArchiveGroup;
import vn.daihoi.files.CongressFiles;

/**
 * The filed estimate for the archive (Tổ chức phục vụ group of 62-HD/VPTW): only the latest filing, the one
 * that stands; earlier filings stay in the database and on the budget page.
 */
@Component
class BudgetFiles implements CongressFiles {

    private final JdbcClient jdbc;

    BudgetFiles(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<CongressFile> filesOf(long congressCaseId) {
        return jdbc.sql("""
                        select kind, filing, stored_file_id from budget_filed_file
                        where case_id = ? and filing = (select max(filing) from budget_filed_file where case_id = ?)
                        order by kind desc""")
                .params(congressCaseId, congressCaseId)
                .query((rs, n) -> new CongressFile(
                        ArchiveGroup.LOGISTICS,
                        "Dự toán kinh phí đại hội (" + rs.getString(1) + "), lưu lần " + rs.getInt(2),
                        rs.getLong(3)))
                .list();
    }
}
