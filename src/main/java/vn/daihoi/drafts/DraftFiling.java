package vn.daihoi.drafts;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.daihoi.access.AccessControl;
import vn.daihoi.access.Permission;
import vn.daihoi.audit.AuditLog;
import vn.daihoi.drafts.DraftRecords.DraftSummary;
import vn.daihoi.files.FileStore;
import vn.daihoi.files.StoredFile;
import vn.daihoi.platform.DomainException;
import vn.daihoi.season.CaseSql;
import vn.daihoi.season.CongressCase;
import vn.daihoi.season.CongressCases;

/**
 * Files a draft into the congress file of its unit ("Lưu vào hồ sơ đại hội"). A draft belongs to a unit, not
 * to a case: the case is the unit's congress of the term running today. The DOCX of the latest version and,
 * for each publication of the draft, the synthesis of comments (DOCX and XLSX) are stored in
 * {@link FileStore} in the same transaction as the rows that link them to the case. Filing again adds a new
 * filing; the archive takes each draft's latest.
 */
@Service
public class DraftFiling {

    static final Locale VI = Locale.forLanguageTag("vi");

    /** One filing of a draft: into which case, of which version, when and by whom, and the stored files. */
    public record Filing(
            int number,
            long caseId,
            String term,
            int version,
            Instant filedAt,
            String filedBy,
            List<StoredFile> files) {}

    private final Drafts drafts;
    private final DraftExports exports;
    private final CongressCases cases;
    private final FileStore files;
    private final AccessControl access;
    private final AuditLog audit;
    private final JdbcClient jdbc;
    private final MessageSource messages;
    private final Clock clock;

    DraftFiling(
            Drafts drafts,
            DraftExports exports,
            CongressCases cases,
            FileStore files,
            AccessControl access,
            AuditLog audit,
            JdbcClient jdbc,
            MessageSource messages,
            Clock clock) {
        this.drafts = drafts;
        this.exports = exports;
        this.cases = cases;
        this.files = files;
        this.access = access;
        this.audit = audit;
        this.jdbc = jdbc;
        this.messages = messages;
        this.clock = clock;
    }

    /** Stores the draft's latest version (and its syntheses) in the unit's congress file; DRAFT_EDIT. */
    @Transactional
    public Filing file(long draftId) {
        DraftSummary draft = drafts.summary(draftId);
        access.require(Permission.DRAFT_EDIT, draft.orgId());
        CongressCase c = currentCase(draft);
        // one filing at a time per draft: the filing number is taken from what is there
        jdbc.sql("select id from draft where id = ? for update")
                .param(draftId)
                .query(Long.class)
                .single();
        int number = jdbc.sql("select coalesce(max(filing), 0) + 1 from draft_filed_file where draft_id = ?")
                .param(draftId)
                .query(Integer.class)
                .single();
        int version = drafts.latestNumber(draftId);
        String kind = messages.getMessage(draft.kind().labelKey(), null, VI);
        String user = access.requireUser().getUsername();
        Timestamp now = Timestamp.from(clock.instant().truncatedTo(ChronoUnit.MICROS));
        List<StoredFile> stored = new ArrayList<>();
        byte[] docx = DraftDocx.render(
                draft.orgName(),
                kind,
                draft.title(),
                messages.getMessage("drafts.docx.version", new Object[] {String.valueOf(version)}, VI),
                drafts.paragraphs(draftId, version));
        StoredFile text = files.store(kind + " - phiên bản " + version + ".docx", docx, c.orgId(), user);
        link(draftId, c.id(), number, "DRAFT_DOCX", version, null, text, user, now);
        stored.add(text);
        List<long[]> publications = jdbc.sql("""
                        select p.id, v.number from draft_publication p join draft_version v on v.id = p.version_id
                        where p.draft_id = ? order by p.id""")
                .param(draftId)
                .query((rs, n) -> new long[] {rs.getLong(1), rs.getInt(2)})
                .list();
        for (long[] p : publications) {
            String name = "Tổng hợp ý kiến " + kind + " - phiên bản " + p[1];
            StoredFile sDocx = files.store(name + ".docx", exports.docx(p[0], VI), c.orgId(), user);
            StoredFile sXlsx = files.store(name + ".xlsx", rewritten(exports.xlsx(p[0], VI)), c.orgId(), user);
            link(draftId, c.id(), number, "SYNTHESIS_DOCX", (int) p[1], p[0], sDocx, user, now);
            link(draftId, c.id(), number, "SYNTHESIS_XLSX", (int) p[1], p[0], sXlsx, user, now);
            stored.add(sDocx);
            stored.add(sXlsx);
        }
        audit.record(AuditLog.Change.of(
                        "DRAFT_FILE",
                        "draft",
                        draftId,
                        draft.orgId(),
                        "Lưu dự thảo «" + draft.title() + "» (phiên bản " + version + ") vào hồ sơ đại hội "
                                + c.orgName() + " nhiệm kỳ " + c.term() + " (lần " + number + ", " + stored.size()
                                + " tệp)")
                .withDetails("caseId=" + c.id() + "; files="
                        + stored.stream().map(f -> f.id() + ":" + f.sha256()).toList()));
        return new Filing(number, c.id(), c.term(), version, now.toInstant(), user, List.copyOf(stored));
    }

    /** The filings of the draft, newest first (DRAFT_VIEW). */
    public List<Filing> filings(long draftId) {
        access.require(Permission.DRAFT_VIEW, drafts.summary(draftId).orgId());
        record Row(int number, long caseId, String term, int version, Instant at, String by, long fileId) {}
        List<Row> rows = jdbc.sql("""
                        select f.filing, f.case_id, %s as term, f.version_number, f.filed_at, f.filed_by, f.stored_file_id,
                            f.kind
                        from draft_filed_file f
                        where f.draft_id = ? order by f.filing desc, f.id""".formatted(CaseSql.term("f.case_id")))
                .param(draftId)
                .query((rs, n) -> new Row(
                        rs.getInt(1),
                        rs.getLong(2),
                        rs.getString(3),
                        rs.getInt(4),
                        rs.getTimestamp(5).toInstant(),
                        rs.getString(6),
                        rs.getLong(7)))
                .list();
        Map<Integer, Filing> out = new LinkedHashMap<>();
        for (Row r : rows) {
            // the first row of a filing is its draft text, whose version is the filing's
            out.computeIfAbsent(
                            r.number(),
                            k -> new Filing(
                                    r.number(), r.caseId(), r.term(), r.version(), r.at(), r.by(), new ArrayList<>()))
                    .files()
                    .add(files.find(r.fileId()).orElseThrow());
        }
        return List.copyOf(out.values());
    }

    /**
     * The synthesis sheet is written by POI's streaming workbook, whose ZIP entries the file store's content
     * check cannot read as a stream; written again as a plain workbook it is the same sheet in a plain ZIP.
     */
    static byte[] rewritten(byte[] xlsx) {
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx));
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The unit's congress of the term running today (the newest when terms overlap). */
    private CongressCase currentCase(DraftSummary draft) {
        int year = LocalDate.now(clock).getYear();
        return cases.ofUnit(draft.orgId()).stream()
                .filter(c -> covers(c.term(), year))
                .findFirst()
                .orElseThrow(() -> DomainException.conflict(
                        "drafts.error.noCase", draft.orgName(), draft.title(), String.valueOf(year)));
    }

    /** Whether term "2025-2030" runs in {@code year} (from its first year to the year before its last). */
    static boolean covers(String term, int year) {
        String[] years = term.split("-");
        if (years.length != 2 || !years[0].matches("\\d{4}") || !years[1].matches("\\d{4}")) {
            return false;
        }
        return Integer.parseInt(years[0]) <= year && year < Integer.parseInt(years[1]);
    }

    private void link(
            long draftId,
            long caseId,
            int number,
            String kind,
            int version,
            Long publicationId,
            StoredFile f,
            String user,
            Timestamp at) {
        jdbc.sql("""
                        insert into draft_filed_file (draft_id, case_id, filing, kind, version_number, publication_id,
                            stored_file_id, filed_by, filed_at)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(draftId, caseId, number, kind, version, publicationId, f.id(), user, at)
                .update();
    }
}
