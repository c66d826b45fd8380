package vn.daihoi.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** The hash chain detects an entry changed behind the application's back, even by a database owner. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class AuditChainTamperTest {

    @Autowired
    AuditLog log;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PlatformTransactionManager transactions;

    @Test
    void aChangedEntryBreaksTheChainAtThatEntry() {
        TransactionTemplate tx = new TransactionTemplate(transactions);
        AuditEntry entry = tx.execute(
                s -> log.record("kiemtra", AuditLog.Change.of("TEST_ENTRY", "test", 1, null, "Mục thử nguyên bản")));
        assertThat(log.verify().intact()).isTrue();

        ChainVerification tampered = tx.execute(s -> {
            jdbc.sql("alter table audit_entry disable trigger audit_entry_no_update")
                    .update();
            jdbc.sql("update audit_entry set summary = 'Mục thử đã bị sửa' where id = ?")
                    .param(entry.id())
                    .update();
            ChainVerification v = log.verify();
            s.setRollbackOnly();
            return v;
        });
        assertThat(tampered.intact()).isFalse();
        assertThat(tampered.firstBrokenId()).isEqualTo(entry.id());
        assertThat(tampered.problem()).isEqualTo("HASH");

        // Rolled back: the entry, the trigger and the chain are as they were.
        assertThat(jdbc.sql("select summary from audit_entry where id = ?")
                        .param(entry.id())
                        .query(String.class)
                        .single())
                .isEqualTo("Mục thử nguyên bản");
        assertThat(log.verify().intact()).isTrue();
        assertThatThrownBy(() -> jdbc.sql("update audit_entry set summary = 'x' where id = ?")
                        .param(entry.id())
                        .update())
                .hasMessageContaining("append-only");
    }

    @Test
    void aDeletedEntryBreaksTheLinkOfTheNextOne() {
        TransactionTemplate tx = new TransactionTemplate(transactions);
        AuditEntry first = tx.execute(
                s -> log.record("kiemtra", AuditLog.Change.of("TEST_ENTRY", "test", 2, null, "Mục thứ nhất")));
        AuditEntry second = tx.execute(
                s -> log.record("kiemtra", AuditLog.Change.of("TEST_ENTRY", "test", 3, null, "Mục thứ hai")));
        ChainVerification v = tx.execute(s -> {
            jdbc.sql("alter table audit_entry disable trigger audit_entry_no_update")
                    .update();
            jdbc.sql("delete from audit_entry where id = ?").param(first.id()).update();
            ChainVerification result = log.verify();
            s.setRollbackOnly();
            return result;
        });
        assertThat(v.firstBrokenId()).isEqualTo(second.id());
        assertThat(v.problem()).isEqualTo("PREV_HASH");
        assertThat(log.verify().intact()).isTrue();
    }
}
