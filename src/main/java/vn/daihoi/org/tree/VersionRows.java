package vn.daihoi.org.tree;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Optional;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.daihoi.org.Decision;
import vn.daihoi.org.OrgLevel;
import vn.daihoi.org.OrgNode;
import vn.daihoi.org.UnitType;

/** The SQL on {@code org_version}: reading versions and writing a new one over the open one. */
@Component
class VersionRows {

    static final String COLUMNS = """
            v.org_id, u.code, v.name, v.short_name, v.level, v.unit_type, v.issuer_symbol, v.parent_id,
            v.superior_id, v.pilot, v.pilot_basis, v.valid_from, v.valid_to, v.end_kind""";

    static final RowMapper<OrgNode> NODE = VersionRows::node;

    private final JdbcClient jdbc;

    VersionRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    static OrgNode node(ResultSet rs, int row) throws SQLException {
        String unitType = rs.getString("unit_type");
        return new OrgNode(
                rs.getLong("org_id"),
                rs.getString("code"),
                rs.getString("name"),
                rs.getString("short_name"),
                OrgLevel.valueOf(rs.getString("level")),
                unitType == null ? null : UnitType.valueOf(unitType),
                rs.getString("issuer_symbol"),
                (Long) rs.getObject("parent_id"),
                (Long) rs.getObject("superior_id"),
                rs.getBoolean("pilot"),
                rs.getString("pilot_basis"),
                rs.getObject("valid_from", LocalDate.class),
                rs.getObject("valid_to", LocalDate.class),
                rs.getString("end_kind"));
    }

    /** The open version of a node, locked until the transaction ends (operations on it serialise). */
    Optional<OrgNode> openForUpdate(long id) {
        return jdbc.sql("select " + COLUMNS
                        + " from org_version v join org_unit u on u.id = v.org_id"
                        + " where v.org_id = ? and v.valid_to is null for update of v")
                .param(id)
                .query(NODE)
                .optional();
    }

    boolean exists(long id) {
        return jdbc.sql("select exists (select 1 from org_unit where id = ?)")
                .param(id)
                .query(Boolean.class)
                .single();
    }

    /** When the node first existed. */
    Optional<LocalDate> firstValidFrom(long id) {
        return jdbc.sql("select min(valid_from) from org_version where org_id = ?")
                .param(id)
                .query(LocalDate.class)
                .optional();
    }

    /** Inserts the node's identity; without a code one is made up from the id, hence unique. */
    long insertUnit(String code) {
        long id =
                jdbc.sql("select nextval('org_unit_id_seq')").query(Long.class).single();
        jdbc.sql("insert into org_unit (id, code) values (?, ?)")
                .params(id, code == null ? "DV" + id : code)
                .update();
        return id;
    }

    /** The open children of a node, locked. */
    java.util.List<OrgNode> openChildrenForUpdate(long id) {
        return jdbc.sql("select " + COLUMNS
                        + " from org_version v join org_unit u on u.id = v.org_id"
                        + " where v.parent_id = ? and v.valid_to is null order by v.org_id for update of v")
                .param(id)
                .query(NODE)
                .list();
    }

    /** Open versions whose explicit direct superior is one of {@code ids}, locked. */
    java.util.List<OrgNode> openWithSuperiorForUpdate(java.util.Collection<Long> ids) {
        return jdbc.sql("select " + COLUMNS
                        + " from org_version v join org_unit u on u.id = v.org_id"
                        + " where v.superior_id = any(?) and v.valid_to is null order by v.org_id for update of v")
                .param(ids.toArray(Long[]::new))
                .query(NODE)
                .list();
    }

    /** Whether {@code descendantId} is {@code ancestorId} or below it on the current tree. */
    boolean isWithin(long descendantId, long ancestorId) {
        return jdbc.sql("select exists (select 1 from org_closure where ancestor_id = ? and descendant_id = ?)")
                .params(ancestorId, descendantId)
                .query(Boolean.class)
                .single();
    }

    /** Writes {@code next} as the node's version from the decision's effective date, closing the open one. */
    void supersede(OrgNode next, String changeKind, Decision decision) {
        jdbc.sql("update org_version set valid_to = ? where org_id = ? and valid_to is null")
                .params(decision.effectiveFrom(), next.id())
                .update();
        insert(next, changeKind, decision);
    }

    void insert(OrgNode n, String changeKind, Decision decision) {
        jdbc.sql("""
            insert into org_version (org_id, valid_from, name, short_name, level, unit_type, issuer_symbol, parent_id,
                                     superior_id, pilot, pilot_basis, change_kind, decision_no, decision_date, note)
            values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)
                .params(
                        n.id(),
                        decision.effectiveFrom(),
                        n.name(),
                        n.shortName(),
                        n.level().name(),
                        n.unitType() == null ? null : n.unitType().name(),
                        n.issuerSymbol(),
                        n.parentId(),
                        n.superiorId(),
                        n.pilot(),
                        n.pilotBasis(),
                        changeKind,
                        decision.number(),
                        decision.date(),
                        decision.note())
                .update();
    }

    /** Closes the node: its open version ends on the effective date with how and by which decision. */
    void close(long id, String endKind, Decision decision, String endNote) {
        jdbc.sql("""
            update org_version set valid_to = ?, end_kind = ?, end_decision_no = ?, end_decision_date = ?, end_note = ?
            where org_id = ? and valid_to is null
            """)
                .params(decision.effectiveFrom(), endKind, decision.number(), decision.date(), endNote, id)
                .update();
    }

    static OrgNode withParent(OrgNode n, Long parentId, Long superiorId) {
        return new OrgNode(
                n.id(),
                n.code(),
                n.name(),
                n.shortName(),
                n.level(),
                n.unitType(),
                n.issuerSymbol(),
                parentId,
                superiorId,
                n.pilot(),
                n.pilotBasis(),
                n.validFrom(),
                n.validTo(),
                n.endKind());
    }
}
