package vn.daihoi.documents.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.daihoi.documents.Direction;
import vn.daihoi.documents.DocumentDetail;
import vn.daihoi.documents.DocumentFile;
import vn.daihoi.documents.DocumentSummary;
import vn.daihoi.documents.DocumentType;
import vn.daihoi.documents.IssuingOrgan;
import vn.daihoi.org.OrgSql;
import vn.daihoi.platform.Like;

/**
 * Reads of the register. Every list is limited to what the user may see: documents issued or registered
 * in their subtrees, and those issued by the committees above them (directives flow down).
 */
@Component
public class DocumentQueries {

    /** The visibility filter on {@code d}, with the user's scope roots as {@code :roots}. */
    static final String VISIBLE = "(" + OrgSql.within("d.issuer_org_id", "in (:roots)") + " or "
            + OrgSql.within("d.registrar_org_id", "in (:roots)") + " or "
            + OrgSql.above("d.issuer_org_id", "in (:roots)")
            + ")";

    /** The issuer's name on the day the document was issued. */
    private static final String ISSUER_NAME = OrgSql.nameOn("d.issuer_org_id", "d.issued_on");

    private static final String SUMMARY_COLUMNS = "d.id, d.symbol, d.type, d.number, d.issued_on, d.subject, "
            + "d.issuer_org_id, d.organ, d.term, d.direction, " + ISSUER_NAME + " as issuer_name";

    private final JdbcClient jdbc;

    DocumentQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public DocumentPage search(DocumentQuery q, List<Long> roots) {
        if (roots.isEmpty()) {
            return new DocumentPage(List.of(), q.page(), q.size(), false);
        }
        StringBuilder sql = new StringBuilder("select " + SUMMARY_COLUMNS + " from document d where " + VISIBLE);
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("roots", roots);
        if (q.issuerSubtree() != null) {
            sql.append(" and ").append(OrgSql.within("d.issuer_org_id", "= :subtree"));
            params.put("subtree", q.issuerSubtree());
        }
        if (q.type() != null) {
            sql.append(" and d.type = :type");
            params.put("type", q.type().name());
        }
        if (q.term() != null && !q.term().isBlank()) {
            sql.append(" and d.term = :term");
            params.put("term", q.term().strip());
        }
        if (q.from() != null) {
            sql.append(" and d.issued_on >= :from");
            params.put("from", q.from());
        }
        if (q.to() != null) {
            sql.append(" and d.issued_on <= :to");
            params.put("to", q.to());
        }
        if (q.text() != null && !q.text().isBlank()) {
            sql.append(" and lower(immutable_unaccent(d.symbol || ' ' || d.subject))"
                    + " like '%' || lower(immutable_unaccent(:text)) || '%'");
            params.put("text", Like.escape(q.text().strip()));
        }
        sql.append(" order by d.issued_on desc, d.id desc limit :limit offset :offset");
        params.put("limit", q.size() + 1);
        params.put("offset", q.page() * q.size());
        List<DocumentSummary> rows = new ArrayList<>(jdbc.sql(sql.toString())
                .params(params)
                .query(DocumentQueries::summary)
                .list());
        boolean more = rows.size() > q.size();
        return new DocumentPage(more ? rows.subList(0, q.size()) : rows, q.page(), q.size(), more);
    }

    /** Registered documents with this symbol (an issuer among {@code issuerIds}), visible to the user. */
    public List<DocumentSummary> bySymbol(String symbol, List<Long> issuerIds, List<Long> roots) {
        if (roots.isEmpty() || issuerIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select " + SUMMARY_COLUMNS + " from document d where " + VISIBLE
                        + " and d.symbol = :symbol and d.issuer_org_id in (:issuers)"
                        + " order by d.issued_on desc, d.id desc limit 50")
                .param("roots", roots)
                .param("symbol", symbol)
                .param("issuers", issuerIds)
                .query(DocumentQueries::summary)
                .list();
    }

    public boolean visible(long id, List<Long> roots) {
        return !roots.isEmpty()
                && jdbc.sql("select exists (select 1 from document d where d.id = :id and " + VISIBLE + ")")
                        .param("id", id)
                        .param("roots", roots)
                        .query(Boolean.class)
                        .single();
    }

    /** The stored row without the issuer's names (the register adds them from the tree). */
    public Optional<DocumentDetail> row(long id) {
        return jdbc.sql("""
                        select d.*, """ + OrgSql.code("d.issuer_org_id") + """
                         as issuer_code, f.filename, f.content_type, f.size, f.sha256
                        from document d
                        left join document_file f on f.document_id = d.id
                        where d.id = ?""")
                .param(id)
                .query((rs, i) -> new DocumentDetail(
                        rs.getLong("id"),
                        rs.getLong("issuer_org_id"),
                        rs.getString("issuer_code"),
                        null,
                        null,
                        rs.getLong("registrar_org_id"),
                        IssuingOrgan.valueOf(rs.getString("organ")),
                        rs.getString("organ_name"),
                        DocumentType.valueOf(rs.getString("type")),
                        rs.getInt("number"),
                        rs.getString("symbol"),
                        rs.getString("term"),
                        (Long) rs.getObject("congress_case_id"),
                        rs.getObject("issued_on", java.time.LocalDate.class),
                        rs.getString("place"),
                        rs.getString("subject"),
                        rs.getString("body"),
                        rs.getString("signing_authority"),
                        rs.getString("signer_title"),
                        rs.getString("signer_name"),
                        rs.getString("recipients"),
                        Direction.valueOf(rs.getString("direction")),
                        rs.getString("created_by"),
                        rs.getTimestamp("created_at").toInstant(),
                        rs.getString("filename") == null
                                ? null
                                : new DocumentDetail.StoredFileInfo(
                                        rs.getString("filename"),
                                        rs.getString("content_type"),
                                        rs.getLong("size"),
                                        rs.getString("sha256")),
                        links(
                                "select t.* from document_implements l join document t on t.id = l.implements_id"
                                        + " where l.document_id = ? order by t.issued_on, t.id",
                                id),
                        links(
                                "select t.* from document_implements l join document t on t.id = l.document_id"
                                        + " where l.implements_id = ? order by t.issued_on, t.id",
                                id)))
                .optional();
    }

    public Optional<DocumentFile> file(long documentId) {
        return jdbc.sql("select filename, content_type, bytes from document_file where document_id = ?")
                .param(documentId)
                .query((rs, i) ->
                        new DocumentFile(rs.getString("filename"), rs.getString("content_type"), rs.getBytes("bytes")))
                .optional();
    }

    private List<DocumentDetail.DocumentRef> links(String sql, long id) {
        return jdbc.sql(sql)
                .param(id)
                .query((rs, i) -> new DocumentDetail.DocumentRef(
                        rs.getLong("id"),
                        rs.getString("symbol"),
                        DocumentType.valueOf(rs.getString("type")),
                        rs.getObject("issued_on", java.time.LocalDate.class),
                        rs.getString("subject")))
                .list();
    }

    private static DocumentSummary summary(ResultSet rs, int row) throws SQLException {
        return new DocumentSummary(
                rs.getLong("id"),
                rs.getString("symbol"),
                DocumentType.valueOf(rs.getString("type")),
                rs.getInt("number"),
                rs.getObject("issued_on", java.time.LocalDate.class),
                rs.getString("subject"),
                rs.getLong("issuer_org_id"),
                rs.getString("issuer_name"),
                IssuingOrgan.valueOf(rs.getString("organ")),
                rs.getString("term"),
                Direction.valueOf(rs.getString("direction")));
    }
}
