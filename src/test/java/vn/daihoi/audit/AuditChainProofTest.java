package vn.daihoi.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.Timestamp;
import java.util.List;
import javax.sql.DataSource;
import org.flywaydb.core.api.configuration.Configuration;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The audit chain is keyed with the server secret and anchored by a MAC'd head (issue 13): a chain recomputed with
 * plain SHA-256, as whoever can write the table could, fails; a deleted tail shows against the head; a head put
 * back from an earlier copy is caught by a head written down outside. Tampering is rolled back.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class AuditChainProofTest {

    @Autowired
    AuditLog log;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PlatformTransactionManager transactions;

    @Autowired
    List<JavaMigration> migrations;

    @Autowired
    DataSource dataSource;

    private record HeadRow(long entries, long lastId, String lastHash, String mac) {}

    private HeadRow head() {
        return jdbc.sql("select entries, last_id, last_hash, mac from audit_head where id = 1")
                .query(HeadRow.class)
                .single();
    }

    private AuditEntry record(TransactionTemplate tx, String summary) {
        return tx.execute(s -> log.record("kiemtra", AuditLog.Change.of("TEST_ENTRY", "test", 9, null, summary)));
    }

    private void disableTrigger() {
        jdbc.sql("alter table audit_entry disable trigger audit_entry_no_update")
                .update();
    }

    @Test
    void anEntryRewrittenWithPlainSha256FailsOnItsMac() {
        TransactionTemplate tx = new TransactionTemplate(transactions);
        AuditEntry entry = record(tx, "Mục thử nguyên bản");
        assertThat(log.verify().intact()).isTrue();
        ChainVerification v = tx.execute(s -> {
            disableTrigger();
            AuditEntry forged = new AuditEntry(
                    entry.id(),
                    entry.at(),
                    entry.actor(),
                    entry.action(),
                    entry.entityType(),
                    entry.entityId(),
                    entry.orgId(),
                    "Mục thử đã bị sửa",
                    entry.details(),
                    entry.prevHash(),
                    null);
            String hash = AuditLog.hash(forged);
            jdbc.sql("update audit_entry set summary = ?, hash = ?, mac = null, at = ? where id = ?")
                    .params(forged.summary(), hash, Timestamp.from(entry.at()), entry.id())
                    .update();
            jdbc.sql("update audit_head set last_hash = ? where id = 1")
                    .param(hash)
                    .update();
            ChainVerification result = log.verify();
            s.setRollbackOnly();
            return result;
        });
        assertThat(v.intact()).isFalse();
        assertThat(v.firstBrokenId()).isEqualTo(entry.id());
        assertThat(v.problem()).isEqualTo("MAC");
        assertThat(log.verify().intact()).isTrue();
    }

    @Test
    void aDeletedTailFallsShortOfTheHead() {
        TransactionTemplate tx = new TransactionTemplate(transactions);
        AuditEntry first = record(tx, "Mục một");
        record(tx, "Mục hai");
        record(tx, "Mục ba");
        ChainVerification v = tx.execute(s -> {
            disableTrigger();
            jdbc.sql("delete from audit_entry where id > ?").param(first.id()).update();
            ChainVerification result = log.verify();
            s.setRollbackOnly();
            return result;
        });
        assertThat(v.intact()).isFalse();
        assertThat(v.firstBrokenId()).isNull();
        assertThat(v.missingTail()).isEqualTo(2);
        assertThat(log.verify().intact()).isTrue();
    }

    @Test
    void aHeadPutBackFromAnEarlierCopyIsCaughtByTheHeadWrittenDown() {
        TransactionTemplate tx = new TransactionTemplate(transactions);
        AuditEntry kept = record(tx, "Mục còn lại");
        HeadRow earlier = head();
        record(tx, "Mục sẽ bị xóa 1");
        record(tx, "Mục sẽ bị xóa 2");
        ChainVerification now = log.verify();
        ChainVerification.ExpectedHead written =
                new ChainVerification.ExpectedHead(now.checked(), now.lastHash().substring(0, 12));
        assertThat(log.verify(written).intact()).isTrue();
        ChainVerification v = tx.execute(s -> {
            disableTrigger();
            jdbc.sql("delete from audit_entry where id > ?").param(kept.id()).update();
            jdbc.sql("update audit_head set entries = ?, last_id = ?, last_hash = ?, mac = ? where id = 1")
                    .params(earlier.entries(), earlier.lastId(), earlier.lastHash(), earlier.mac())
                    .update();
            ChainVerification result = log.verify(written);
            s.setRollbackOnly();
            return result;
        });
        assertThat(v.intact()).isFalse();
        assertThat(v.missingTail()).isEqualTo(2);
        assertThat(log.verify(new ChainVerification.ExpectedHead(now.checked(), "abcdef0123456789"))
                        .problem())
                .isEqualTo("HEAD");
    }

    @Test
    void entriesWrittenBeforeTheKeyVerifyOnlyInsideThePrefixSealedAtUpgrade() {
        TransactionTemplate tx = new TransactionTemplate(transactions);
        record(tx, "Mục trước khi nâng cấp");
        JavaMigration seal = migrations.stream()
                .filter(m -> m.getVersion().getVersion().equals("2026.12.07.21"))
                .findFirst()
                .orElseThrow();
        tx.executeWithoutResult(s -> {
            disableTrigger();
            // the log as an installation before the key had it: no MACs, no head
            jdbc.sql("update audit_entry set mac = null").update();
            jdbc.sql("delete from audit_head").update();
            assertThat(log.verify().problem()).isEqualTo("MAC");
            Connection connection = DataSourceUtils.getConnection(dataSource);
            try {
                seal.migrate(new Context() {
                    @Override
                    public Configuration getConfiguration() {
                        return null;
                    }

                    @Override
                    public Connection getConnection() {
                        return connection;
                    }
                });
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
            ChainVerification sealed = log.verify();
            assertThat(sealed.intact()).isTrue();
            // the next entry is written with its MAC and moves the head on
            log.record("kiemtra", AuditLog.Change.of("TEST_ENTRY", "test", 10, null, "Mục sau khi nâng cấp"));
            assertThat(log.verify().intact()).isTrue();
            assertThat(log.verify().checked()).isEqualTo(sealed.checked() + 1);
            // but an entry without a MAC after the sealed prefix is refused
            jdbc.sql("update audit_entry set mac = null where id = (select max(id) from audit_entry)")
                    .update();
            assertThat(log.verify().problem()).isEqualTo("MAC");
            s.setRollbackOnly();
        });
        assertThat(log.verify().intact()).isTrue();
    }
}
