package vn.daihoi.org;

import java.util.List;
import org.springframework.stereotype.Component;
import vn.daihoi.audit.AuditObjects;

/** The log names a unit by its current name and a member by full name, each linked to its page. */
@Component
class OrgAuditObjects implements AuditObjects {

    @Override
    public List<Rule> rules() {
        return List.of(
                Rule.link(
                        "organization",
                        "select (select v.name from org_version v where v.org_id = u.id order by v.valid_to is null desc, v.valid_from desc limit 1) as name, u.id as ref, u.id as org_id from org_unit u where u.id = ?::bigint",
                        "/org/{ref}",
                        "ORG_VIEW"),
                Rule.link(
                        "member",
                        "select m.full_name as name, m.id as ref, m.org_id from member m where m.id = ?::bigint",
                        "/members/{ref}",
                        "MEMBER_VIEW"));
    }
}
