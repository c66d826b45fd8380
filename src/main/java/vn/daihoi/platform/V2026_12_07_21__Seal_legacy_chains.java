package vn.daihoi.platform;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.springframework.stereotype.Component;

/**
 * Seals the chains written before they were keyed (ADR 0008): for the audit log and each round's entry log, the
 * number of entries without a MAC and their last hash, MAC'd with the server secret, and the first MAC'd heads.
 * It runs once, when the secret first meets the existing rows; afterwards a row without a MAC verifies only
 * inside its sealed prefix, so a chain recomputed without the secret cannot pass as "written before".
 * A Flyway Java migration (a bean, so it gets the secret); it writes the tables of audit and keying directly
 * because it must run inside the schema migration, before any module starts.
 */
@Component
class V2026_12_07_21__Seal_legacy_chains extends BaseJavaMigration {

    private final ChainKey key;

    V2026_12_07_21__Seal_legacy_chains(ChainKey key) {
        this.key = key;
    }

    @Override
    public void migrate(Context context) throws SQLException {
        Connection c = context.getConnection();
        try (PreparedStatement count = c.prepareStatement("select count(*), max(id) from audit_entry");
                ResultSet rs = count.executeQuery()) {
            rs.next();
            long entries = rs.getLong(1);
            if (entries > 0) {
                long lastId = rs.getLong(2);
                String lastHash = single(c, "select hash from audit_entry where id = " + lastId);
                insertLegacy(c, "audit", entries, lastHash);
                try (PreparedStatement head = c.prepareStatement(
                        "insert into audit_head (id, entries, last_id, last_hash, mac) values (1, ?, ?, ?, ?)"
                                + " on conflict (id) do nothing")) {
                    head.setLong(1, entries);
                    head.setLong(2, lastId);
                    head.setString(3, lastHash);
                    head.setString(4, key.mac(ChainTexts.auditHead(entries, lastId, lastHash)));
                    head.executeUpdate();
                }
            }
        }
        record Round(long id, int seq, String head) {}
        List<Round> rounds = new ArrayList<>();
        try (PreparedStatement q =
                        c.prepareStatement("select round_id, log_seq, log_head from keying_round where log_seq > 0");
                ResultSet rs = q.executeQuery()) {
            while (rs.next()) {
                rounds.add(new Round(rs.getLong(1), rs.getInt(2), rs.getString(3)));
            }
        }
        for (Round r : rounds) {
            insertLegacy(c, "keying:" + r.id(), r.seq(), r.head());
            try (PreparedStatement u = c.prepareStatement("update keying_round set log_mac = ? where round_id = ?")) {
                u.setString(1, key.mac(ChainTexts.keyingHead(r.id(), r.seq(), r.head())));
                u.setLong(2, r.id());
                u.executeUpdate();
            }
        }
    }

    private void insertLegacy(Connection c, String chain, long entries, String lastHash) throws SQLException {
        try (PreparedStatement p =
                c.prepareStatement("insert into chain_legacy (chain, entries, last_hash, mac) values (?, ?, ?, ?)"
                        + " on conflict (chain) do nothing")) {
            p.setString(1, chain);
            p.setLong(2, entries);
            p.setString(3, lastHash);
            p.setString(4, key.mac(ChainTexts.legacy(chain, entries, lastHash)));
            p.executeUpdate();
        }
    }

    private static String single(Connection c, String sql) throws SQLException {
        try (PreparedStatement p = c.prepareStatement(sql);
                ResultSet rs = p.executeQuery()) {
            rs.next();
            return rs.getString(1);
        }
    }
}
