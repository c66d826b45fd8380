package vn.daihoi.access;

import java.util.List;
import org.springframework.stereotype.Component;
import vn.daihoi.audit.AuditObjects;

/** The log names a user by full name and username, linked to the user page. */
@Component
class AccessAuditObjects implements AuditObjects {

    @Override
    public List<Rule> rules() {
        return List.of(Rule.link(
                "user",
                "select u.full_name || ' (' || u.username || ')' as name, u.id as ref, u.org_id from app_user u where u.id = ?::bigint",
                "/users/{ref}",
                "USER_VIEW"));
    }
}
