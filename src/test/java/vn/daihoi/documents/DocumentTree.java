package vn.daihoi.documents;

import java.time.LocalDate;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.support.TransactionTemplate;
import vn.daihoi.org.TreeMaintenance;

/** Nodes made for one test with codes unique to the run (the database is shared), and signing in. */
final class DocumentTree {

    private static final String RUN = Long.toString(System.nanoTime() % 1_000_000_000L, 36);
    private static final AtomicInteger SEQ = new AtomicInteger();

    private final JdbcClient jdbc;
    private final TransactionTemplate tx;
    private final TreeMaintenance tree;
    private final UserDetailsService users;

    DocumentTree(JdbcClient jdbc, TransactionTemplate tx, TreeMaintenance tree, UserDetailsService users) {
        this.jdbc = jdbc;
        this.tx = tx;
        this.tree = tree;
        this.users = users;
    }

    static String unique(String prefix) {
        return (prefix + RUN + "x" + SEQ.incrementAndGet()).toUpperCase(Locale.ROOT);
    }

    long root() {
        return jdbc.sql("select id from org_unit where code = 'TW'")
                .query(Long.class)
                .single();
    }

    /** A node valid from 2015, with the given level, unit type and recorded abbreviation (null for the default). */
    long node(String name, String level, String unitType, String symbol, long parent) {
        return tx.execute(s -> {
            long id = jdbc.sql("insert into org_unit (code) values (?) returning id")
                    .param(unique("D"))
                    .query(Long.class)
                    .single();
            jdbc.sql("""
                    insert into org_version (org_id, valid_from, name, level, unit_type, issuer_symbol, parent_id,
                        superior_id, change_kind)
                    values (?, date '2015-01-01', ?, ?, ?, ?, ?, ?, 'CREATE')""")
                    .params(id, name, level, unitType, symbol, parent, parent)
                    .update();
            tree.rebuildClosure();
            tree.recomputeCounts();
            return id;
        });
    }

    /** From {@code from} on, the node's version records another abbreviation (a renamed board, say). */
    void renameSymbol(long orgId, LocalDate from, String name, String symbol) {
        tx.executeWithoutResult(s -> {
            jdbc.sql("update org_version set valid_to = ? where org_id = ? and valid_to is null")
                    .params(from, orgId)
                    .update();
            jdbc.sql("""
                    insert into org_version (org_id, valid_from, name, level, unit_type, issuer_symbol, parent_id,
                        superior_id, change_kind)
                    select org_id, ?, ?, level, unit_type, ?, parent_id, superior_id, 'RENAME'
                    from org_version where org_id = ? and valid_to = ?""").params(from, name, symbol, orgId, from).update();
        });
    }

    long congressCase(long orgId, String term) {
        return jdbc.sql("""
                insert into congress_case (org_id, term, level, state, state_changed_at)
                values (?, ?, 'GRASSROOTS_COMMITTEE', 'IN_SESSION', now()) returning id""").params(orgId, term).query(Long.class).single();
    }

    void signIn(String username) {
        UserDetails u = users.loadUserByUsername(username);
        SecurityContextHolder.getContext()
                .setAuthentication(UsernamePasswordAuthenticationToken.authenticated(u, null, u.getAuthorities()));
    }
}
