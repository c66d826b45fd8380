package vn.daihoi.demo.internal;

import java.time.LocalDate;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Inserts nodes and their effective-dated versions one by one (for the small sample tree). */
final class OrgRows {

    /** A decision that made a change: number and date, e.g. 1234-QĐ/TU of 16/06/2025. */
    record Decision(String number, LocalDate date) {}

    /** One period of a node; {@code to} exclusive, null while still valid. */
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
            String note) {

        static Version of(LocalDate from, String name, String level, String unitType, String issuer, Long parentId) {
            return new Version(from, null, name, level, unitType, issuer, parentId, false, null, "CREATE", null, null);
        }

        Version until(LocalDate to) {
            return new Version(
                    from, to, name, level, unitType, issuer, parentId, pilot, pilotBasis, changeKind, decision, note);
        }

        Version kind(String changeKind, Decision decision, String note) {
            return new Version(
                    from, to, name, level, unitType, issuer, parentId, pilot, pilotBasis, changeKind, decision, note);
        }

        Version pilot(String basis) {
            return new Version(
                    from, to, name, level, unitType, issuer, parentId, true, basis, changeKind, decision, note);
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
                                     superior_id, pilot, pilot_basis, change_kind, decision_no, decision_date, note)
            values (:org, :from, :to, :name, :level, :type, :issuer, :parent, :parent, :pilot, :basis, :kind,
                    :decisionNo, :decisionDate, :note)
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
                .update();
    }

    /** Creates a node with one version and returns its id. */
    long node(String code, Version v) {
        long id = unit(code);
        version(id, v);
        return id;
    }
}
