package vn.daihoi.audit;

import java.util.Locale;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.daihoi.platform.ChainKey;
import vn.daihoi.platform.ChainTexts;

/**
 * The full walk of the audit chain: each entry's link and hash, its MAC (or, for entries written before chains
 * were keyed, its place in the sealed prefix), then the MAC'd head and an expected head given from outside.
 */
final class ChainWalk {

    private record Head(long entries, long lastId, String lastHash, String mac) {}

    private record Legacy(long entries, String lastHash, String mac) {}

    /** The legacy seal of a chain, when its MAC verifies: for the audit log and, through AuditLog, each entry log. */
    static java.util.Optional<LegacySeal> seal(JdbcClient jdbc, ChainKey key, String chain) {
        return jdbc.sql("select entries, last_hash, mac from chain_legacy where chain = ?")
                .param(chain)
                .query(Legacy.class)
                .optional()
                .filter(l -> key.matches(ChainTexts.legacy(chain, l.entries(), l.lastHash()), l.mac()))
                .map(l -> new LegacySeal(l.entries(), l.lastHash()));
    }

    private final JdbcClient jdbc;
    private final ChainKey key;

    ChainWalk(JdbcClient jdbc, ChainKey key) {
        this.jdbc = jdbc;
        this.key = key;
    }

    ChainVerification verify(ChainVerification.ExpectedHead expected) {
        Head head = jdbc.sql("select entries, last_id, last_hash, mac from audit_head where id = 1")
                .query(Head.class)
                .optional()
                .orElse(null);
        LegacySeal legacy = seal(jdbc, key, "audit").orElse(null);
        long expectedAt = expected == null ? 0 : expected.entries();
        var state = new Object() {
            String prev = AuditLog.GENESIS;
            long checked;
            Long broken;
            String problem;
            String hashAtExpected;
            Long beyondHead;
        };
        RowCallbackHandler handler = rs -> {
            if (state.broken != null) {
                return;
            }
            AuditEntry e = AuditQueries.map(rs, 0);
            String mac = rs.getString("mac");
            state.checked++;
            if (!e.prevHash().equals(state.prev)) {
                state.broken = e.id();
                state.problem = "PREV_HASH";
            } else if (!AuditLog.hash(e).equals(e.hash())) {
                state.broken = e.id();
                state.problem = "HASH";
            } else if (!macOk(e, mac, state.checked, legacy)) {
                state.broken = e.id();
                state.problem = "MAC";
            }
            if (state.checked == expectedAt) {
                state.hashAtExpected = e.hash();
            }
            if (head != null && state.checked == head.entries() + 1) {
                state.beyondHead = e.id();
            }
            state.prev = e.hash();
        };
        jdbc.sql("select * from audit_entry order by id").query(handler);
        if (state.broken != null) {
            return new ChainVerification(state.checked, state.broken, state.problem, 0, state.prev);
        }
        long missing = 0;
        if (head == null) {
            if (state.checked > 0) {
                return headBroken(state.checked, 1L, state.prev);
            }
        } else if (!key.matches(ChainTexts.auditHead(head.entries(), head.lastId(), head.lastHash()), head.mac())) {
            return headBroken(state.checked, head.lastId(), state.prev);
        } else if (state.beyondHead != null) {
            // entries after the head: written behind the application
            return headBroken(state.checked, state.beyondHead, state.prev);
        } else if (head.entries() > state.checked) {
            missing = head.entries() - state.checked;
        } else if (!head.lastHash().equals(state.prev)) {
            return headBroken(state.checked, head.lastId(), state.prev);
        }
        if (expected != null) {
            if (expected.entries() > state.checked) {
                missing = Math.max(missing, expected.entries() - state.checked);
            } else if (expected.entries() > 0
                    && !state.hashAtExpected.startsWith(expected.hash().strip().toLowerCase(Locale.ROOT))) {
                return headBroken(state.checked, null, state.prev);
            }
        }
        return new ChainVerification(state.checked, null, null, missing, state.prev);
    }

    private static ChainVerification headBroken(long checked, Long at, String last) {
        // an expected head that does not match has no entry to name: -1 stands for "the head"
        return new ChainVerification(checked, at == null ? -1L : at, "HEAD", 0, last);
    }

    private boolean macOk(AuditEntry e, String mac, long position, LegacySeal legacy) {
        if (mac != null) {
            return key.matches(e.hash(), mac);
        }
        // written before chains were keyed: only inside the sealed prefix, which must end where it was sealed
        return legacy != null
                && position <= legacy.entries()
                && (position != legacy.entries() || e.hash().equals(legacy.lastHash()));
    }
}
