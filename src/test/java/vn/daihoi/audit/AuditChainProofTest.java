package vn.daihoi.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
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
}
