package vn.daihoi.audit.web;

import java.util.Map;

/**
 * Where an audited object's page is, and the permission its page asks (on the entry's node), so the log links an
 * object only for a reader who may open it. Types whose page needs more than the object's id (a dossier item, an
 * election round) are shown as text.
 */
final class AuditLinks {

    /** A page of an object: {@code path + id}, opened with {@code permission} on the entry's node. */
    record Target(String path, String permission) {}

    private static final Map<String, Target> TARGETS = Map.of(
            "congress_case", new Target("/congresses/", "CONGRESS_VIEW"),
            "congress_plan", new Target("/plans/", "CONGRESS_VIEW"),
            "organization", new Target("/org/", "ORG_VIEW"),
            "member", new Target("/members/", "MEMBER_VIEW"),
            "draft", new Target("/drafts/", "DRAFT_VIEW"),
            "user", new Target("/users/", "USER_VIEW"));

    private AuditLinks() {}

    /** The object's page, or null when it has none of its own (or no numeric id). */
    static Target of(String entityType, String entityId) {
        Target t = TARGETS.get(entityType);
        if (t == null || entityId == null || !entityId.matches("\\d{1,18}")) {
            return null;
        }
        return new Target(t.path() + entityId, t.permission());
    }
}
