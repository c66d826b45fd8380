package vn.daihoi.dossier;

import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.daihoi.files.ArchiveGroup;
import vn.daihoi.files.CongressFiles;

/**
 * The dossier's files for the archive (Văn phòng group of 62-HD/VPTW): every version of every item, then
 * the conclusions of the approval meetings.
 */
@Component
class DossierFiles implements CongressFiles {

    private final JdbcClient jdbc;

    DossierFiles(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<CongressFile> filesOf(long congressCaseId) {
        List<CongressFile> out = new ArrayList<>(jdbc.sql("""
                        select i.position, i.title, f.version, f.stored_file_id from dossier_file f
                        join dossier_item i on i.id = f.item_id
                        where f.case_id = ? order by i.position, i.id, f.version""")
                .param(congressCaseId)
                .query((rs, n) -> new CongressFile(
                        ArchiveGroup.OFFICE,
                        "Hồ sơ đề nghị duyệt đại hội, mục " + rs.getInt(1) + ". " + rs.getString(2) + " (phiên bản "
                                + rs.getInt(3) + ")",
                        rs.getLong(4)))
                .list());
        out.addAll(jdbc.sql("""
                        select u.conclusion_symbol, u.conclusion_file_id from approval_meeting_unit u
                        where u.case_id = ? and u.conclusion_file_id is not null order by u.meeting_id""")
                .param(congressCaseId)
                .query((rs, n) -> new CongressFile(
                        ArchiveGroup.OFFICE, "Thông báo kết luận số " + rs.getString(1), rs.getLong(2)))
                .list());
        return out;
    }
}
