package vn.daihoi.dossier;

import java.util.List;
import org.springframework.stereotype.Component;
import vn.daihoi.audit.AuditObjects;

/** The log links a checklist item to the checklist and an approval meeting to its unit's approval calendar. */
@Component
class DossierAuditObjects implements AuditObjects {

    @Override
    public List<Rule> rules() {
        return List.of(
                Rule.link(
                        "dossier_item",
                        "select d.title as name, 'x' as ref, null::bigint as org_id from dossier_item d where d.id = ?::bigint",
                        "/dossier-checklist",
                        "RULEBOOK_VIEW"),
                Rule.link(
                        "approval_meeting",
                        "select to_char(m.meets_on, 'DD/MM/YYYY') || ', ' || m.place as name, m.superior_org_id as ref, m.superior_org_id as org_id from approval_meeting m where m.id = ?::bigint",
                        "/org/{ref}/approval-calendar",
                        "CONGRESS_VIEW"));
    }
}
