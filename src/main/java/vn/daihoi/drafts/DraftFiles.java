package vn.daihoi.drafts;

import java.util.List;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.daihoi.files.ArchiveGroup;
import vn.daihoi.files.CongressFiles;

/**
 * The drafts filed into a congress case, for the archive (Văn kiện group of 62-HD/VPTW): each draft's latest
 * filing, its text first, then the syntheses of comments.
 */
@Component
class DraftFiles implements CongressFiles {

    private final JdbcClient jdbc;
    private final MessageSource messages;

    DraftFiles(JdbcClient jdbc, MessageSource messages) {
        this.jdbc = jdbc;
        this.messages = messages;
    }

    @Override
    public List<CongressFile> filesOf(long congressCaseId) {
        return jdbc.sql("""
                        select d.kind, d.title, f.kind, f.version_number, f.stored_file_id
                        from draft_filed_file f join draft d on d.id = f.draft_id
                        where f.case_id = ? and f.filing = (select max(x.filing) from draft_filed_file x
                                                            where x.draft_id = f.draft_id and x.case_id = f.case_id)
                        order by d.id, f.id""")
                .param(congressCaseId)
                .query((rs, n) -> new CongressFile(
                        ArchiveGroup.DOCUMENTS,
                        title(DraftKind.valueOf(rs.getString(1)), rs.getString(2), rs.getString(3), rs.getInt(4)),
                        rs.getLong(5)))
                .list();
    }

    private String title(DraftKind kind, String title, String fileKind, int version) {
        String draft =
                messages.getMessage(kind.labelKey(), null, DraftFiling.VI) + " «" + title + "», phiên bản " + version;
        return switch (fileKind) {
            case "SYNTHESIS_DOCX" -> "Tổng hợp ý kiến góp ý " + draft + " (DOCX)";
            case "SYNTHESIS_XLSX" -> "Tổng hợp ý kiến góp ý " + draft + " (XLSX)";
            default -> "Dự thảo " + draft + " (DOCX)";
        };
    }
}
