package vn.daihoi.access;

import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;
import vn.daihoi.audit.AuditReaders;
import vn.daihoi.audit.AuditScope;

/**
 * Answers the audit module's question "what may this user read" from the roles: AUDIT_VIEW on the root
 * shows the whole log (entries about no node included), AUDIT_VIEW elsewhere shows those subtrees only.
 */
@Component
class AuditReadersAdapter implements AuditReaders {

    private final AccessControl access;
    private final OrganizationScope scope;

    AuditReadersAdapter(AccessControl access, OrganizationScope scope) {
        this.access = access;
        this.scope = scope;
    }

    @Override
    public Optional<AuditScope> currentScope() {
        List<Long> roots = access.scopeRoots(Permission.AUDIT_VIEW);
        if (roots.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(roots.contains(scope.rootId()) ? AuditScope.all() : AuditScope.subtrees(roots));
    }

    /** Verification reads the whole chain but shows only a count and an entry number, never content. */
    @Override
    public boolean mayVerify() {
        return !access.scopeRoots(Permission.AUDIT_VERIFY).isEmpty();
    }
}
