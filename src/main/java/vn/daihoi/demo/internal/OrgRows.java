package vn.daihoi.demo.internal;

import java.time.LocalDate;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Inserts nodes and their effective-dated versions one by one (for the small sample tree). */
final class OrgRows {

    /** A decision that made a change: number and date, e.g. 1234-QĐ/TU of 16/06/2025. */
    record Decision(String number, LocalDate date) {}

    /**
     * One period of a node; {@code to} exclusive, null while still valid. {@code changeKind} says how the
     * period began; {@code endKind} (MERGED, SPLIT, DISSOLVED) how the node ended when this last period
     * closed it, with the closing decision — the convention of the org module's own operations.
     */
    record Version(
            LocalDate from,
            LocalDate to,
            String name,
            String level,
            String unitType,
            String issuer,
            Long parentId,
            boolean pilot,
            String pilotBasis,
            String changeKind,
            Decision decision,
            String note,
            String endKind,
            Decision endDecision,
            String endNote) {

        static Version of(LocalDate from, String name, String level, String unitType, String issuer, Long parentId) {
            return new Version(
                    from, null, name, level, unitType, issuer, parentId, false, null, "CREATE", null, null, null, null,
                    null);
        }

        Version until(LocalDate to) {
            return new Version(
                    from,
                    to,
                    name,
                    level,
                    unitType,
                    issuer,
                    parentId,
                    pilot,
                    pilotBasis,
                    changeKind,
                    decision,
                    note,
                    endKind,
                    endDecision,
                    endNote);
        }

        Version kind(String changeKind, Decision decision, String note) {
            return new Version(
                    from,
                    to,
                    name,
                    level,
                    unitType,
                    issuer,
                    parentId,
                    pilot,
                    pilotBasis,
                    changeKind,
                    decision,
                    note,
                    endKind,
                    endDecision,
                    endNote);
        }

        /** The node ends with this period: merged away or dissolved by {@code decision}. */
        Version ending(String endKind, Decision decision, String note) {
            return new Version(
                    from,
                    to,
                    name,
                    level,
                    unitType,
                    issuer,
                    parentId,
                    pilot,
                    pilotBasis,
                    changeKind,
                    this.decision,
                    this.note,
                    endKind,
                    decision,
                    note);
        }

        Version pilot(String basis) {
            return new Version(
                    from,
                    to,
                    name,
                    level,
                    unitType,
                    issuer,
                    parentId,
                    true,
                    basis,
                    changeKind,
                    decision,
                    note,
                    endKind,
                    endDecision,
                    endNote);
        }
    }

    private final JdbcClient jdbc;

    OrgRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long unit(String code) {
        return jdbc.sql("insert into org_unit (code) values (?) returning id")
                .param(code)
                .query(Long.class)
                .single();
    }

    long idOf(String code) {
        return jdbc.sql("select id from org_unit where code = ?")
                .param(code)
                .query(Long.class)
                .single();
    }

    void version(long orgId, Version v) {
        jdbc.sql("""
            insert into org_version (org_id, valid_from, valid_to, name, level, unit_type, issuer_symbol, parent_id,
                                     superior_id, pilot, pilot_basis, change_kind, decision_no, decision_date, note,
                                     end_kind, end_decision_no, end_decision_date, end_note)
            values (:org, :from, :to, :name, :level, :type, :issuer, :parent, :parent, :pilot, :basis, :kind,
                    :decisionNo, :decisionDate, :note, :endKind, :endDecisionNo, :endDecisionDate, :endNote)
            """)
                .param("org", orgId)
                .param("from", v.from())
                .param("to", v.to())
                .param("name", v.name())
                .param("level", v.level())
                .param("type", v.unitType())
                .param("issuer", v.issuer())
                .param("parent", v.parentId())
                .param("pilot", v.pilot())
                .param("basis", v.pilotBasis())
                .param("kind", v.changeKind())
                .param("decisionNo", v.decision() == null ? null : v.decision().number())
                .param(
                        "decisionDate",
                        v.decision() == null ? null : v.decision().date())
                .param("note", v.note())
                .param("endKind", v.endKind())
                .param(
                        "endDecisionNo",
                        v.endDecision() == null ? null : v.endDecision().number())
                .param(
                        "endDecisionDate",
                        v.endDecision() == null ? null : v.endDecision().date())
                .param("endNote", v.endNote())
                .update();
    }

    /** Creates a node with one version and returns its id. */
    long node(String code, Version v) {
        long id = unit(code);
        version(id, v);
        return id;
    }
}
