package vn.daihoi.drafts;

import java.util.List;
import org.springframework.stereotype.Component;
import vn.daihoi.audit.AuditObjects;

/** The log names drafts, their publications and their points by the draft title, linked to the draft or the publication (its synthesis for a point). */
@Component
class DraftAuditObjects implements AuditObjects {

    @Override
    public List<Rule> rules() {
        return List.of(
                Rule.link(
                        "draft",
                        "select d.title as name, d.id as ref, d.org_id from draft d where d.id = ?::bigint",
                        "/drafts/{ref}",
                        "DRAFT_VIEW"),
                Rule.link(
                        "draft_publication",
                        "select d.title as name, p.id as ref, p.publisher_org_id as org_id from draft_publication p join draft d on d.id = p.draft_id where p.id = ?::bigint",
                        "/drafts/publications/{ref}",
                        "DRAFT_VIEW"),
                Rule.link(
                        "draft_point",
                        "select d.title as name, p.id as ref, p.publisher_org_id as org_id from draft_point t join draft_publication p on p.id = t.publication_id join draft d on d.id = p.draft_id where t.id = ?::bigint",
                        "/drafts/publications/{ref}/synthesis",
                        "DRAFT_VIEW"));
    }
}
