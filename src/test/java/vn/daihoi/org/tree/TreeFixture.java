package vn.daihoi.org.tree;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.daihoi.org.Decision;
import vn.daihoi.org.OrgLevel;
import vn.daihoi.org.OrgOperations;
import vn.daihoi.org.OrgOperations.NewUnit;
import vn.daihoi.org.TreeMaintenance;
import vn.daihoi.org.UnitType;

/** Builds a private corner of the shared test database: a province of its own, cells and members. */
final class TreeFixture {

    static final LocalDate FOUNDED = LocalDate.of(2020, 1, 1);

    final OrgOperations ops;
    final JdbcClient jdbc;
    final TreeMaintenance maintenance;
    final TransactionTemplate tx;
    final String tag = UUID.randomUUID().toString().substring(0, 8);

    TreeFixture(OrgOperations ops, JdbcClient jdbc, TreeMaintenance maintenance, PlatformTransactionManager txm) {
        this.ops = ops;
        this.jdbc = jdbc;
        this.maintenance = maintenance;
        this.tx = new TransactionTemplate(txm);
    }

    long root() {
        return jdbc.sql("select id from org_unit where code = 'TW'")
                .query(Long.class)
                .single();
    }

    static Decision on(LocalDate effective) {
        return new Decision("01-QĐ/TU", effective, effective, null);
    }

    static Decision on(int year, int month, int day) {
        return on(LocalDate.of(year, month, day));
    }

    long province(String name) {
        return ops.create(
                new NewUnit(
                        "P-" + tag + "-" + name.hashCode(),
                        name + " " + tag,
                        null,
                        OrgLevel.DIRECTLY_UNDER_CENTRAL,
                        UnitType.PROVINCE,
                        "TU",
                        root(),
                        null,
                        false,
                        null),
                on(FOUNDED));
    }

    long unit(long parent, String name, OrgLevel level) {
        return ops.create(NewUnit.of(name + " " + tag, level, UnitType.COMMUNE, parent), on(FOUNDED));
    }

    /** A counted member of {@code orgId} with an open assignment, counts kept in step. */
    long member(long orgId, String givenName) {
        return member(orgId, givenName, "ACTIVE");
    }

    long member(long orgId, String givenName, String situation) {
        return tx.execute(s -> {
            long id = jdbc.sql("""
                insert into member (family_name, middle_name, given_name, full_name, sort_key, search_text, sex, status,
                                    situation, org_id)
                values ('Nguyễn', 'Văn', ?, ?, ?, ?, 'MALE', 'OFFICIAL', ?, ?) returning id
                """)
                    .params(
                            givenName,
                            "Nguyễn Văn " + givenName,
                            givenName.getBytes(StandardCharsets.UTF_8),
                            "nguyen van " + givenName.toLowerCase(),
                            situation,
                            orgId)
                    .query(Long.class)
                    .single();
            jdbc.sql(
                            "insert into member_assignment (member_id, org_id, valid_from, reason) values (?, ?, ?, 'ADMISSION')")
                    .params(id, orgId, FOUNDED)
                    .update();
            if (!"DECEASED".equals(situation) && !"REMOVED".equals(situation)) {
                maintenance.adjustMembers(Map.of(orgId, 1));
            }
            return id;
        });
    }

    long orgOfMember(long memberId) {
        return jdbc.sql("select org_id from member where id = ?")
                .param(memberId)
                .query(Long.class)
                .single();
    }

    /**
     * The counts and closure rows of the subtree of {@code rootId} equal what the full rebuilds compute
     * (run in a transaction that is rolled back, so the shared database is left as it was).
     */
    void assertDerivedDataMatchesRebuild(long rootId) {
        tx.executeWithoutResult(s -> {
            List<Long> nodes = jdbc.sql("select descendant_id from org_closure where ancestor_id = ?")
                    .param(rootId)
                    .query(Long.class)
                    .list();
            var countsBefore = counts(nodes);
            var closureBefore = closure(nodes);
            maintenance.rebuildClosure();
            maintenance.recomputeCounts();
            assertThat(counts(nodes)).isEqualTo(countsBefore);
            assertThat(closure(nodes)).isEqualTo(closureBefore);
            s.setRollbackOnly();
        });
    }

    private List<String> counts(List<Long> nodes) {
        return jdbc.sql("""
            select org_id || ':' || direct_members || '/' || subtree_members || '/' || direct_children || '/' || subtree_units
            from org_counts where org_id = any(?) order by org_id
            """)
                .param(nodes.toArray(Long[]::new))
                .query(String.class)
                .list();
    }

    private List<String> closure(List<Long> nodes) {
        return jdbc.sql("""
            select ancestor_id || '>' || descendant_id || '@' || depth from org_closure
            where descendant_id = any(?) order by ancestor_id, descendant_id
            """)
                .param(nodes.toArray(Long[]::new))
                .query(String.class)
                .list();
    }

    int auditCount(String action, long entityId) {
        return jdbc.sql("select count(*) from audit_entry where action = ? and entity_id = ?")
                .params(action, Long.toString(entityId))
                .query(Integer.class)
                .single();
    }
}
