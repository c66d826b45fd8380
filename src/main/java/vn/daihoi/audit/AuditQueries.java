package vn.daihoi.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Reading the log: filtered lists for the page. */
final class AuditQueries {

    private static final ZoneId VIETNAM = vn.daihoi.platform.Dates.ZONE;

    private AuditQueries() {}

    static List<AuditEntry> find(JdbcClient jdbc, SubtreeFilter subtrees, AuditQuery q) {
        StringBuilder sql = new StringBuilder("select * from audit_entry where true");
        List<Object> params = new ArrayList<>();
        if (q.actor() != null && !q.actor().isBlank()) {
            sql.append(" and actor = ?");
            params.add(q.actor().strip());
        }
        if (q.action() != null && !q.action().isBlank()) {
            sql.append(" and action = ?");
            params.add(q.action().strip());
        }
        if (q.entityType() != null && !q.entityType().isBlank()) {
            sql.append(" and entity_type = ?");
            params.add(q.entityType().strip());
        }
        if (q.entityId() != null && !q.entityId().isBlank()) {
            sql.append(" and entity_id = ?");
            params.add(q.entityId().strip());
        }
        if (q.from() != null) {
            sql.append(" and at >= ?");
            params.add(Timestamp.from(q.from().atStartOfDay(VIETNAM).toInstant()));
        }
        if (q.to() != null) {
            sql.append(" and at < ?");
            params.add(Timestamp.from(q.to().plusDays(1).atStartOfDay(VIETNAM).toInstant()));
        }
        if (q.scopeRoots() != null) {
            // the subtree condition is the tree's owner's (org implements SubtreeFilter): one query, audit free of org
            String inScope = subtrees.withinAnyRoot("org_id");
            sql.append(q.includeGlobal() ? " and (org_id is null or " + inScope + ")" : " and " + inScope);
            params.add(q.scopeRoots().toArray(Long[]::new));
        }
        sql.append(" order by id desc limit ? offset ?");
        params.add(q.limit());
        params.add(q.offset());
        return jdbc.sql(sql.toString()).params(params).query(AuditQueries::map).list();
    }

    static AuditEntry map(ResultSet rs, int row) throws SQLException {
        long org = rs.getLong("org_id");
        Long orgId = rs.wasNull() ? null : org;
        return new AuditEntry(
                rs.getLong("id"),
                rs.getTimestamp("at").toInstant(),
                rs.getString("actor"),
                rs.getString("action"),
                rs.getString("entity_type"),
                rs.getString("entity_id"),
                orgId,
                rs.getString("summary"),
                rs.getString("details"),
                rs.getString("prev_hash"),
                rs.getString("hash"));
    }
}
