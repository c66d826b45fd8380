package vn.daihoi.drafts;

import java.time.Clock;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.daihoi.access.AccessControl;
import vn.daihoi.access.Permission;
import vn.daihoi.audit.AuditLog;
import vn.daihoi.drafts.DraftRecords.DraftDetail;
import vn.daihoi.drafts.DraftRecords.DraftSummary;
import vn.daihoi.drafts.DraftRecords.Version;
import vn.daihoi.drafts.DraftText.Paragraph;
import vn.daihoi.org.OrgSql;
import vn.daihoi.platform.Dates;
import vn.daihoi.platform.DomainException;

/**
 * A unit's drafts and their versions. Writing needs DRAFT_EDIT on the unit, reading DRAFT_VIEW; each new
 * version carries the anchors of its unchanged or edited-in-place paragraphs over from the previous one.
 */
@Service
public class Drafts {

    /** A unit's name in SQL ({@code %s}: its id): its name now, or its last one when closed. */
    static final String ORG_NAME = OrgSql.name("%s");

    static final int MAX_TITLE = 300;
    static final int MAX_BODY = 1_000_000;

    private final JdbcClient jdbc;
    private final AccessControl access;
    private final AuditLog audit;
    private final Clock clock;

    Drafts(JdbcClient jdbc, AccessControl access, AuditLog audit, Clock clock) {
        this.jdbc = jdbc;
        this.access = access;
        this.audit = audit;
        this.clock = clock;
    }

    /** Creates a draft of {@code orgId} with its first version. */
    @Transactional
    public long create(long orgId, DraftKind kind, String title, String body, String note) {
        access.require(Permission.DRAFT_EDIT, orgId);
        if (kind == null) {
            throw new DomainException("drafts.error.kindRequired");
        }
        String clean = nfc(title).strip();
        if (clean.isEmpty()) {
            throw new DomainException("drafts.error.titleRequired");
        }
        if (clean.length() > MAX_TITLE) {
            throw new DomainException("drafts.error.titleTooLong", MAX_TITLE);
        }
        List<DraftText.Line> lines = lines(body);
        String user = access.requireUser().getUsername();
        long id = jdbc.sql("""
                insert into draft (org_id, kind, title, created_by, created_at) values (?, ?, ?, ?, ?) returning id""")
                .params(orgId, kind.name(), clean, user, Dates.now(clock))
                .query(Long.class)
                .single();
        insertVersion(id, 1, DraftText.number(List.of(), lines, 1), user, note);
        audit.record(
                AuditLog.Change.of("DRAFT_CREATE", "draft", id, orgId, "Tạo dự thảo «" + clean + "» (phiên bản 1)"));
        return id;
    }

    /** Saves a new version of the draft's text; returns its number. */
    @Transactional
    public int addVersion(long draftId, String body, String note) {
        DraftSummary draft = summary(draftId);
        access.require(Permission.DRAFT_EDIT, draft.orgId());
        List<DraftText.Line> lines = lines(body);
        // one writer at a time per draft: version numbers and anchors are taken from what is there
        jdbc.sql("select id from draft where id = ? for update")
                .param(draftId)
                .query(Long.class)
                .single();
        int latest = latestNumber(draftId);
        List<Paragraph> previous = paragraphs(draftId, latest);
        List<String> used = jdbc.sql("""
                select distinct p.anchor from draft_paragraph p join draft_version v on v.id = p.version_id
                where v.draft_id = ?""").param(draftId).query(String.class).list();
        List<Paragraph> numbered = DraftText.number(previous, lines, DraftText.maxAnchor(used) + 1);
        String user = access.requireUser().getUsername();
        insertVersion(draftId, latest + 1, numbered, user, note);
        audit.record(AuditLog.Change.of(
                "DRAFT_VERSION",
                "draft",
                draftId,
                draft.orgId(),
                "Phiên bản " + (latest + 1) + " của dự thảo «" + draft.title() + "»"));
        return latest + 1;
    }

    /** The drafts of the units the user may read, newest first. */
    public List<DraftSummary> list() {
        List<Long> roots = access.scopeRoots(Permission.DRAFT_VIEW);
        if (roots.isEmpty()) {
            return List.of();
        }
        return jdbc.sql(SUMMARY + """
                 where\s""" + OrgSql.within("d.org_id", "in (:roots)") + """

                 order by updated_at desc, d.id desc limit 500""")
                .param("roots", roots)
                .query(Drafts::summaryRow)
                .list();
    }

    public DraftDetail find(long draftId) {
        DraftSummary draft = summary(draftId);
        access.require(Permission.DRAFT_VIEW, draft.orgId());
        List<Version> versions = jdbc.sql("""
                select id, number, author, created_at, note from draft_version where draft_id = ? order by number""")
                .param(draftId)
                .query((rs, i) -> new Version(
                        rs.getLong(1),
                        rs.getInt(2),
                        rs.getString(3),
                        rs.getTimestamp(4).toInstant(),
                        rs.getString(5)))
                .list();
        return new DraftDetail(draft, versions);
    }

    /** The text of version {@code number}. */
    public List<Paragraph> text(long draftId, int number) {
        access.require(Permission.DRAFT_VIEW, summary(draftId).orgId());
        List<Paragraph> text = paragraphs(draftId, number);
        if (text.isEmpty()) {
            throw DomainException.notFound("drafts.error.versionNotFound", number);
        }
        return text;
    }

    /** The difference from version {@code from} to version {@code to}. */
    public List<DraftDiff.Row> diff(long draftId, int from, int to) {
        return DraftDiff.between(text(draftId, from), text(draftId, to));
    }

    DraftSummary summary(long draftId) {
        return jdbc.sql(SUMMARY + " where d.id = ?")
                .param(draftId)
                .query(Drafts::summaryRow)
                .optional()
                .orElseThrow(() -> DomainException.notFound("drafts.error.notFound", Long.toString(draftId)));
    }

    List<Paragraph> paragraphs(long draftId, int number) {
        return jdbc.sql("""
                select p.anchor, p.heading, p.section_no, p.paragraph_no, p.text
                from draft_paragraph p join draft_version v on v.id = p.version_id
                where v.draft_id = ? and v.number = ? order by p.position""")
                .params(draftId, number)
                .query((rs, i) ->
                        new Paragraph(rs.getString(1), rs.getBoolean(2), rs.getInt(3), rs.getInt(4), rs.getString(5)))
                .list();
    }

    int latestNumber(long draftId) {
        return jdbc.sql("select coalesce(max(number), 0) from draft_version where draft_id = ?")
                .param(draftId)
                .query(Integer.class)
                .single();
    }

    private static final String SUMMARY = """
            select d.id, d.org_id, %s as org_name, d.kind, d.title,
                   (select max(number) from draft_version v where v.draft_id = d.id) as latest,
                   (select max(created_at) from draft_version v where v.draft_id = d.id) as updated_at
            from draft d
            """.formatted(ORG_NAME.formatted("d.org_id"));

    private static DraftSummary summaryRow(java.sql.ResultSet rs, int i) throws java.sql.SQLException {
        return new DraftSummary(
                rs.getLong(1),
                rs.getLong(2),
                rs.getString(3),
                DraftKind.valueOf(rs.getString(4)),
                rs.getString(5),
                rs.getInt(6),
                rs.getTimestamp(7).toInstant());
    }

    static String nfc(String text) {
        return text == null ? "" : java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFC);
    }

    private static List<DraftText.Line> lines(String body) {
        if (body != null && body.length() > MAX_BODY) {
            throw new DomainException("drafts.error.bodyTooLong", MAX_BODY);
        }
        // NFC: a text pasted from Word or a Mac may carry decomposed diacritics, which would not match a search
        // or a comparison with the same words typed here
        List<DraftText.Line> lines = DraftText.lines(nfc(body));
        if (lines.isEmpty()) {
            throw new DomainException("drafts.error.bodyRequired");
        }
        return lines;
    }

    private void insertVersion(long draftId, int number, List<Paragraph> text, String user, String note) {
        long versionId = jdbc.sql("""
                insert into draft_version (draft_id, number, author, created_at, note) values (?, ?, ?, ?, ?)
                returning id""")
                .params(draftId, number, user, Dates.now(clock), note == null || note.isBlank() ? null : note.strip())
                .query(Long.class)
                .single();
        int position = 0;
        for (Paragraph p : text) {
            jdbc.sql("""
                    insert into draft_paragraph (version_id, position, anchor, heading, section_no, paragraph_no, text)
                    values (?, ?, ?, ?, ?, ?, ?)""")
                    .params(versionId, position++, p.anchor(), p.heading(), p.section(), p.number(), p.text())
                    .update();
        }
    }
}
