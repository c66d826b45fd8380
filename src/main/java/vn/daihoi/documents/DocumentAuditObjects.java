package vn.daihoi.documents;

import java.util.List;
import org.springframework.stereotype.Component;
import vn.daihoi.audit.AuditObjects;

/** The log names a document by its number, symbol and subject, linked to its page. */
@Component
class DocumentAuditObjects implements AuditObjects {

    @Override
    public List<Rule> rules() {
        return List.of(Rule.link(
                "document",
                "select d.number || '-' || d.symbol || ' — ' || d.subject as name, d.id as ref, d.registrar_org_id as org_id from document d where d.id = ?::bigint",
                "/documents/{ref}",
                "DOCUMENT_VIEW"));
    }
}
