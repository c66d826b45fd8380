package vn.daihoi.org;

import java.util.Collection;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.daihoi.access.OrganizationScope;

/** Answers access's subtree questions from the closure table of the current tree. */
@Component
class OrganizationScopeAdapter implements OrganizationScope {

    private final JdbcClient jdbc;

    OrganizationScopeAdapter(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public boolean isWithinAny(long orgId, Collection<Long> ancestorIds) {
        if (ancestorIds.isEmpty()) {
            return false;
        }
        if (ancestorIds.contains(orgId)) {
            return true; // a node is within its own subtree
        }
        return jdbc.sql("select exists (select 1 from org_closure where descendant_id = ? and ancestor_id = any(?))")
                .params(orgId, ancestorIds.toArray(Long[]::new))
                .query(Boolean.class)
                .single();
    }

    @Override
    public long rootId() {
        return jdbc.sql("select id from org_unit where code = 'TW'")
                .query(Long.class)
                .single();
    }

    @Override
    public Optional<String> nameOf(long orgId) {
        return jdbc.sql("select " + OrgSql.name("?"))
                .param(orgId)
                .query(String.class)
                .optional();
    }
}
