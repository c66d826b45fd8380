package vn.daihoi.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import vn.daihoi.access.Permission;
import vn.daihoi.access.Role;
import vn.daihoi.security.Fixtures.Province;

/**
 * Every page and API endpoint, the permission it needs, and how to point it at a resource of another
 * province. For each row a user holding (on province A) the least role that grants the permission is
 * refused on province B's resource and sees none of B's data, is let through on A's own resource, and a
 * user with no role at all is refused. A new endpoint without a row fails the build.
 *
 * <p>To add a row: {@code row(METHOD, "/url/{id}", PERMISSION, Scope.FORBIDDEN, p -> Map.of("id", ...))},
 * resolving placeholders from the {@link Province} (add what a new module needs to {@link Fixtures}).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PermissionMatrixTest {

    /** Endpoints every signed-in user (or everyone) may use: no subtree to check. */
    static final Set<String> UNCHECKED = Set.of("/login", "/", "/error");

    static final List<String> UNCHECKED_PREFIXES =
            List.of("/account/", "/error/", "/v3/api-docs", "/notifications", "/api/notifications");

    static boolean unchecked(String pattern) {
        return UNCHECKED.contains(pattern) || UNCHECKED_PREFIXES.stream().anyMatch(pattern::startsWith);
    }

    /** How a request for another province's resource must fail. */
    enum Scope {
        /** The URL names B's resource: 403, and nothing of B in the body. */
        FORBIDDEN,
        /** A list or search: 200, but B's data filtered out of the body. */
        FILTERED,
        /** Not tied to a node (needs the permission somewhere): only "no role at all" is refused. */
        ANYWHERE
    }

    record Row(
            RequestMethod method,
            String template,
            Permission permission,
            Scope scope,
            Function<Province, Map<String, String>> values,
            Map<String, String> form) {

        String url(Province p) {
            String url = template;
            for (Map.Entry<String, String> e : values.apply(p).entrySet()) {
                url = url.replace("{" + e.getKey() + "}", e.getValue());
            }
            return url;
        }

        Map<String, String> form(Province p) {
            Map<String, String> out = new LinkedHashMap<>();
            Map<String, String> v = values.apply(p);
            form.forEach((k, val) -> out.put(k, val.startsWith("{") ? v.get(val.substring(1, val.length() - 1)) : val));
            return out;
        }

        String key() {
            return method + " " + template.replaceAll("\\?.*", "");
        }
    }

    static Row row(
            RequestMethod method,
            String template,
            Permission permission,
            Scope scope,
            Function<Province, Map<String, String>> values,
            String... form) {
        Map<String, String> f = new LinkedHashMap<>();
        for (int i = 0; i + 1 < form.length; i += 2) {
            f.put(form[i], form[i + 1]);
        }
        return new Row(method, template, permission, scope, values, f);
    }

    static Map<String, String> resident(Province p) {
        return Map.of(
                "id", Long.toString(p.residentId()),
                "org", Long.toString(p.orgId()),
                "q", p.marker(),
                "new", Fixtures.unique("nu"),
                "member", Long.toString(p.memberId()),
                "mq", p.memberName().substring(p.memberName().lastIndexOf(' ') + 1),
                "cell", Long.toString(p.cellId()),
                "cellCode", p.cellCode());
    }

    /** The same placeholders, with {id} naming another of the province's resources. */
    static Function<Province, Map<String, String>> withId(Function<Province, Long> id) {
        return p -> {
            Map<String, String> values = new LinkedHashMap<>(resident(p));
            values.put("id", Long.toString(id.apply(p)));
            return values;
        };
    }

    /** {id} is the province's member. */
    static final Function<Province, Map<String, String>> MEMBER = withId(Province::memberId);

    /** {id} is the province's commune. */
    static final Function<Province, Map<String, String>> COMMUNE = withId(Province::communeId);

    /** {id} is the province node itself. */
    static final Function<Province, Map<String, String>> PROVINCE = withId(Province::orgId);

    /** {id} is the 2025-2030 congress case of the province's commune. */
    static final Function<Province, Map<String, String>> CASE = withId(SeasonFixtures::caseOf);
    /** {id} is the province's congress plan (module season, plan). */
    static final Function<Province, Map<String, String>> PLAN = withId(PlanFixtures::planOf);
    /** {id} is the province's draft (module drafts, DraftFixtures). */
    static final Function<Province, Map<String, String>> DRAFT = DraftFixtures::draft;
    /** {id} is the publication of the province's draft, {point} and {comment} of its synthesis. */
    static final Function<Province, Map<String, String>> PUBLICATION = DraftFixtures::publication;
    /** {roundId} is a round of an election of the province's cell (module keying, KeyingFixtures). */
    static final Function<Province, Map<String, String>> ROUND = KeyingFixtures::round;

    static final RequestMethod GET = RequestMethod.GET;
    static final RequestMethod POST = RequestMethod.POST;

    /** The table. Placeholders: {id} a user of the province, {org} the province node, {q} its marker. */
    static final List<Row> ROWS = List.of(
            // users (module access)
            row(GET, "/users?q={q}", Permission.USER_VIEW, Scope.FILTERED, PermissionMatrixTest::resident),
            row(GET, "/users/permissions", Permission.USER_VIEW, Scope.ANYWHERE, PermissionMatrixTest::resident),
            row(GET, "/users/new?orgId={org}", Permission.USER_MANAGE, Scope.FILTERED, PermissionMatrixTest::resident),
            row(GET, "/users/nodes?q={q}", Permission.USER_MANAGE, Scope.FILTERED, PermissionMatrixTest::resident),
            row(
                    POST,
                    "/users/new",
                    Permission.USER_MANAGE,
                    Scope.FORBIDDEN,
                    PermissionMatrixTest::resident,
                    "username",
                    "{new}",
                    "fullName",
                    "Người mới",
                    "orgId",
                    "{org}",
                    "role",
                    "VIEWER"),
            row(GET, "/users/{id}", Permission.USER_VIEW, Scope.FORBIDDEN, PermissionMatrixTest::resident),
            row(
                    POST,
                    "/users/{id}/roles",
                    Permission.USER_MANAGE,
                    Scope.FORBIDDEN,
                    PermissionMatrixTest::resident,
                    "role",
                    "VIEWER",
                    "orgId",
                    "{org}"),
            row(
                    POST,
                    "/users/{id}/roles/revoke",
                    Permission.USER_MANAGE,
                    Scope.FORBIDDEN,
                    PermissionMatrixTest::resident,
                    "role",
                    "VIEWER",
                    "orgId",
                    "{org}"),
            row(
                    POST,
                    "/users/{id}/password-reset",
                    Permission.USER_MANAGE,
                    Scope.FORBIDDEN,
                    PermissionMatrixTest::resident),
            row(POST, "/users/{id}/unlock", Permission.USER_MANAGE, Scope.FORBIDDEN, PermissionMatrixTest::resident),
            row(POST, "/users/{id}/disable", Permission.USER_MANAGE, Scope.FORBIDDEN, PermissionMatrixTest::resident),
            row(POST, "/users/{id}/enable", Permission.USER_MANAGE, Scope.FORBIDDEN, PermissionMatrixTest::resident),
            // audit log (module audit): B's entries are about B's resident
            row(
                    GET,
                    "/audit?entityType=user&entityId={id}",
                    Permission.AUDIT_VIEW,
                    Scope.FILTERED,
                    PermissionMatrixTest::resident),
            row(POST, "/audit/verify", Permission.AUDIT_VERIFY, Scope.ANYWHERE, PermissionMatrixTest::resident),
            row(GET, "/audit/verify", Permission.AUDIT_VERIFY, Scope.ANYWHERE, PermissionMatrixTest::resident),
            // members (module org): with MEMBER, {id} is a member of the province's cell; {mq} their given name
            row(GET, "/members?q={mq}", Permission.MEMBER_VIEW, Scope.FILTERED, PermissionMatrixTest::resident),
            row(GET, "/members/results?q={mq}", Permission.MEMBER_VIEW, Scope.FILTERED, PermissionMatrixTest::resident),
            row(GET, "/members/{id}", Permission.MEMBER_VIEW, Scope.FORBIDDEN, MEMBER),
            row(POST, "/members/{id}", Permission.MEMBER_EDIT, Scope.FORBIDDEN, MEMBER),
            row(
                    POST,
                    "/members/{id}/move",
                    Permission.MEMBER_EDIT,
                    Scope.FORBIDDEN,
                    MEMBER,
                    "toCode",
                    "{cellCode}",
                    "validFrom",
                    "01/01/2026"),
            row(GET, "/members/new", Permission.MEMBER_EDIT, Scope.ANYWHERE, PermissionMatrixTest::resident),
            row(
                    POST,
                    "/members",
                    Permission.MEMBER_EDIT,
                    Scope.FORBIDDEN,
                    PermissionMatrixTest::resident,
                    "orgCode",
                    "{cellCode}",
                    "familyName",
                    "Lê",
                    "middleName",
                    "Văn",
                    "givenName",
                    "Mới",
                    "sex",
                    "MALE",
                    "admissionDate",
                    "01/02/2015",
                    "officialDate",
                    "01/02/2016",
                    "status",
                    "OFFICIAL",
                    "situation",
                    "ACTIVE"),
            row(
                    GET,
                    "/members/export?org={cell}",
                    Permission.MEMBER_EXPORT,
                    Scope.FORBIDDEN,
                    PermissionMatrixTest::resident),
            row(GET, "/members/import", Permission.MEMBER_IMPORT, Scope.ANYWHERE, PermissionMatrixTest::resident),
            row(POST, "/members/import", Permission.MEMBER_IMPORT, Scope.ANYWHERE, PermissionMatrixTest::resident),
            row(
                    GET,
                    "/members/import/template.xlsx",
                    Permission.MEMBER_IMPORT,
                    Scope.ANYWHERE,
                    PermissionMatrixTest::resident),
            row(GET, "/api/members?q={mq}", Permission.MEMBER_VIEW, Scope.FILTERED, PermissionMatrixTest::resident),
            row(GET, "/api/members/{id}", Permission.MEMBER_VIEW, Scope.FORBIDDEN, MEMBER),
            row(POST, "/api/members/import", Permission.MEMBER_IMPORT, Scope.ANYWHERE, PermissionMatrixTest::resident),
            // organisation tree (module org): with COMMUNE, {id} is the province's commune; with PROVINCE, the
            // province itself (its children list shows the commune). Forms are sent empty: refused before any
            // change outside scope, a form error inside it.
            row(GET, "/org", Permission.ORG_VIEW, Scope.FILTERED, PermissionMatrixTest::resident),
            row(GET, "/org/search?q={q}", Permission.ORG_VIEW, Scope.FILTERED, PermissionMatrixTest::resident),
            row(GET, "/org/find?code={q}", Permission.ORG_VIEW, Scope.FILTERED, PermissionMatrixTest::resident),
            row(GET, "/org/{id}", Permission.ORG_VIEW, Scope.FORBIDDEN, COMMUNE),
            row(GET, "/org/{id}/children", Permission.ORG_VIEW, Scope.FORBIDDEN, PROVINCE),
            row(POST, "/org/{id}/rename", Permission.ORG_EDIT, Scope.FORBIDDEN, COMMUNE),
            row(POST, "/org/{id}/move", Permission.ORG_EDIT, Scope.FORBIDDEN, COMMUNE),
            row(POST, "/org/{id}/create", Permission.ORG_EDIT, Scope.FORBIDDEN, COMMUNE),
            row(POST, "/org/{id}/merge", Permission.ORG_RESTRUCTURE, Scope.FORBIDDEN, COMMUNE),
            row(POST, "/org/{id}/split", Permission.ORG_RESTRUCTURE, Scope.FORBIDDEN, COMMUNE),
            row(POST, "/org/{id}/dissolve", Permission.ORG_RESTRUCTURE, Scope.FORBIDDEN, COMMUNE),
            row(GET, "/api/organizations", Permission.ORG_VIEW, Scope.FILTERED, PermissionMatrixTest::resident),
            row(GET, "/api/organizations/{id}", Permission.ORG_VIEW, Scope.FORBIDDEN, COMMUNE),
            row(GET, "/api/organizations/{id}/children", Permission.ORG_VIEW, Scope.FORBIDDEN, PROVINCE),
            // congress cases (module season): with CASE, {id} is the 2025-2030 case of the province's commune
            row(GET, "/congresses/{id}", Permission.CONGRESS_VIEW, Scope.FORBIDDEN, CASE),
            row(POST, "/congresses/{id}/steps", Permission.CONGRESS_MANAGE, Scope.FORBIDDEN, CASE, "to", "PREPARING"),
            row(GET, "/org/{id}/congresses", Permission.CONGRESS_VIEW, Scope.FORBIDDEN, COMMUNE),
            row(GET, "/api/congresses/{id}", Permission.CONGRESS_VIEW, Scope.FORBIDDEN, CASE),
            row(
                    POST,
                    "/api/congresses/{id}/transitions",
                    Permission.CONGRESS_MANAGE,
                    Scope.FORBIDDEN,
                    CASE,
                    "to",
                    "PREPARING"),
            // module rules: the rulebook and the calendar are global (no subtree). Forms are sent empty: a form
            // error for the holder, nothing changes.
            row(GET, "/rules", Permission.RULEBOOK_VIEW, Scope.ANYWHERE, PermissionMatrixTest::resident),
            row(POST, "/rules/change", Permission.RULEBOOK_EDIT, Scope.ANYWHERE, PermissionMatrixTest::resident),
            row(GET, "/rules/calendar", Permission.RULEBOOK_VIEW, Scope.ANYWHERE, PermissionMatrixTest::resident),
            row(
                    POST,
                    "/rules/calendar/entries",
                    Permission.RULEBOOK_EDIT,
                    Scope.ANYWHERE,
                    PermissionMatrixTest::resident),
            row(
                    POST,
                    "/rules/calendar/entries/remove",
                    Permission.RULEBOOK_EDIT,
                    Scope.ANYWHERE,
                    PermissionMatrixTest::resident),
            row(POST, "/rules/calendar/tet", Permission.RULEBOOK_EDIT, Scope.ANYWHERE, PermissionMatrixTest::resident),
            row(
                    POST,
                    "/rules/calendar/tet/remove",
                    Permission.RULEBOOK_EDIT,
                    Scope.ANYWHERE,
                    PermissionMatrixTest::resident),
            row(GET, "/api/calendar/{year}", Permission.RULEBOOK_VIEW, Scope.ANYWHERE, p -> Map.of("year", "2026")),
            row(
                    GET,
                    "/api/calendar/plus?from=2026-02-13&days=7",
                    Permission.RULEBOOK_VIEW,
                    Scope.ANYWHERE,
                    PermissionMatrixTest::resident),
            row(
                    GET,
                    "/api/rules?term=2025-2030",
                    Permission.RULEBOOK_VIEW,
                    Scope.ANYWHERE,
                    PermissionMatrixTest::resident),
            // module documents: {id} is a plan issued by the province, {pcode} the province's code (DocumentFixtures)
            row(GET, "/documents?q={q}", Permission.DOCUMENT_VIEW, Scope.FILTERED, DocumentFixtures::values),
            row(GET, "/documents/new", Permission.DOCUMENT_ISSUE, Scope.ANYWHERE, DocumentFixtures::values),
            row(
                    POST,
                    "/documents",
                    Permission.DOCUMENT_ISSUE,
                    Scope.FORBIDDEN,
                    DocumentFixtures::values,
                    "issuerCode",
                    "{pcode}",
                    "type",
                    "KE_HOACH",
                    "organ",
                    "BTV",
                    "issuedOn",
                    "10/01/2026",
                    "subject",
                    "Kế hoạch thử quyền"),
            row(
                    GET,
                    "/documents/next-number?issuerCode={pcode}&type=KE_HOACH&issuedOn=10/01/2026",
                    Permission.DOCUMENT_ISSUE,
                    Scope.FORBIDDEN,
                    DocumentFixtures::values),
            row(GET, "/documents/{id}", Permission.DOCUMENT_VIEW, Scope.FORBIDDEN, DocumentFixtures::values),
            row(GET, "/documents/{id}.pdf", Permission.DOCUMENT_VIEW, Scope.FORBIDDEN, DocumentFixtures::values),
            row(GET, "/documents/{id}.docx", Permission.DOCUMENT_VIEW, Scope.FORBIDDEN, DocumentFixtures::values),
            row(GET, "/documents/{id}/file", Permission.DOCUMENT_VIEW, Scope.FORBIDDEN, DocumentFixtures::values),
            row(GET, "/api/documents?q={q}", Permission.DOCUMENT_VIEW, Scope.FILTERED, DocumentFixtures::values),
            row(GET, "/api/documents/{id}", Permission.DOCUMENT_VIEW, Scope.FORBIDDEN, DocumentFixtures::values),
            row(
                    POST,
                    "/api/documents",
                    Permission.DOCUMENT_ISSUE,
                    Scope.FORBIDDEN,
                    DocumentFixtures::values,
                    "issuerId",
                    "{org}",
                    "type",
                    "KE_HOACH",
                    "organ",
                    "BTV",
                    "issuedOn",
                    "10/01/2026",
                    "subject",
                    "Kế hoạch thử quyền"),
            row(
                    GET,
                    "/api/documents/next-number?issuerId={org}&type=KE_HOACH&date=2026-01-10",
                    Permission.DOCUMENT_ISSUE,
                    Scope.FORBIDDEN,
                    DocumentFixtures::values),
            row(
                    GET,
                    "/api/documents/symbols/parse?symbol=01-KH/TU&contextOrgId={org}&date=2026-01-10",
                    Permission.DOCUMENT_VIEW,
                    Scope.FORBIDDEN,
                    DocumentFixtures::values),
            // module season (plan): with PLAN, {id} is the province's congress plan (PlanFixtures); forms are sent
            // without their fields: refused outside scope, a form error inside it.
            row(GET, "/plans", Permission.CONGRESS_VIEW, Scope.FILTERED, PLAN),
            row(GET, "/plans/new?orgId={org}", Permission.PLAN_ISSUE, Scope.FORBIDDEN, PLAN),
            row(POST, "/plans", Permission.PLAN_ISSUE, Scope.FORBIDDEN, PLAN, "orgId", "{org}"),
            row(GET, "/plans/{id}", Permission.CONGRESS_VIEW, Scope.FORBIDDEN, PLAN),
            row(GET, "/plans/{id}/edit", Permission.PLAN_ISSUE, Scope.FORBIDDEN, PLAN),
            row(POST, "/plans/{id}/edit", Permission.PLAN_ISSUE, Scope.FORBIDDEN, PLAN),
            row(GET, "/plans/{id}/allocation", Permission.CONGRESS_VIEW, Scope.FORBIDDEN, PLAN),
            row(GET, "/plans/{id}/allocation.pdf", Permission.CONGRESS_VIEW, Scope.FORBIDDEN, PLAN),
            row(GET, "/plans/{id}/allocation.xlsx", Permission.CONGRESS_VIEW, Scope.FORBIDDEN, PLAN),
            row(POST, "/api/plans", Permission.PLAN_ISSUE, Scope.FORBIDDEN, PLAN, "issuerId", "{org}"),
            row(GET, "/api/plans/{id}", Permission.CONGRESS_VIEW, Scope.FORBIDDEN, PLAN),
            // congress progress (module season, progress): {id} is the province node
            row(GET, "/progress", Permission.CONGRESS_VIEW, Scope.ANYWHERE, PermissionMatrixTest::resident),
            row(GET, "/progress/{id}", Permission.CONGRESS_VIEW, Scope.FORBIDDEN, PROVINCE),
            row(GET, "/progress/{id}/units", Permission.CONGRESS_VIEW, Scope.FORBIDDEN, PROVINCE),
            row(GET, "/progress/{id}.xlsx", Permission.CONGRESS_VIEW, Scope.FORBIDDEN, PROVINCE),
            row(GET, "/progress/{id}/units.xlsx", Permission.CONGRESS_VIEW, Scope.FORBIDDEN, PROVINCE),
            row(GET, "/api/organizations/{id}/progress", Permission.CONGRESS_VIEW, Scope.FORBIDDEN, PROVINCE),
            row(GET, "/api/organizations/{id}/congresses", Permission.CONGRESS_VIEW, Scope.FORBIDDEN, PROVINCE),
            // module drafts: with DRAFT, {id} is the province's draft; with PUBLICATION, {id} is its publication to
            // the commune, {point} a point and {comment} a comment of its synthesis (DraftFixtures). Forms are sent
            // without their fields: refused outside scope, a form error inside it.
            row(GET, "/drafts", Permission.DRAFT_VIEW, Scope.FILTERED, DRAFT),
            row(
                    POST,
                    "/drafts",
                    Permission.DRAFT_EDIT,
                    Scope.FORBIDDEN,
                    DRAFT,
                    "orgId",
                    "{org}",
                    "kind",
                    "OTHER",
                    "title",
                    "Thử quyền"),
            row(GET, "/drafts/{id}", Permission.DRAFT_VIEW, Scope.FORBIDDEN, DRAFT),
            row(POST, "/drafts/{id}/versions", Permission.DRAFT_EDIT, Scope.FORBIDDEN, DRAFT),
            row(POST, "/drafts/{id}/versions/docx", Permission.DRAFT_EDIT, Scope.FORBIDDEN, DRAFT),
            row(GET, "/drafts/{id}/diff", Permission.DRAFT_VIEW, Scope.FORBIDDEN, DRAFT),
            row(POST, "/drafts/{id}/publications", Permission.DRAFT_EDIT, Scope.FORBIDDEN, DRAFT),
            row(GET, "/drafts/publications/{id}", Permission.DRAFT_VIEW, Scope.FORBIDDEN, PUBLICATION),
            row(POST, "/drafts/publications/{id}/comments", Permission.DRAFT_COMMENT, Scope.FORBIDDEN, PUBLICATION),
            row(POST, "/drafts/publications/{id}/forward", Permission.DRAFT_EDIT, Scope.FORBIDDEN, PUBLICATION),
            row(GET, "/drafts/publications/{id}/synthesis", Permission.DRAFT_VIEW, Scope.FORBIDDEN, PUBLICATION),
            row(GET, "/drafts/publications/{id}/synthesis.docx", Permission.DRAFT_VIEW, Scope.FORBIDDEN, PUBLICATION),
            row(GET, "/drafts/publications/{id}/synthesis.xlsx", Permission.DRAFT_VIEW, Scope.FORBIDDEN, PUBLICATION),
            row(POST, "/drafts/publications/{id}/points", Permission.DRAFT_EDIT, Scope.FORBIDDEN, PUBLICATION),
            row(
                    POST,
                    "/drafts/publications/{id}/points/{point}/response",
                    Permission.DRAFT_EDIT,
                    Scope.FORBIDDEN,
                    PUBLICATION),
            row(
                    POST,
                    "/drafts/publications/{id}/comments/{comment}/response",
                    Permission.DRAFT_EDIT,
                    Scope.FORBIDDEN,
                    PUBLICATION),
            row(GET, "/api/drafts", Permission.DRAFT_VIEW, Scope.FILTERED, DRAFT),
            row(
                    POST,
                    "/api/drafts",
                    Permission.DRAFT_EDIT,
                    Scope.FORBIDDEN,
                    DRAFT,
                    "orgId",
                    "{org}",
                    "kind",
                    "OTHER",
                    "title",
                    "Thử quyền"),
            row(GET, "/api/drafts/{id}", Permission.DRAFT_VIEW, Scope.FORBIDDEN, DRAFT),
            row(GET, "/api/drafts/{id}/versions/{number}", Permission.DRAFT_VIEW, Scope.FORBIDDEN, DRAFT),
            row(POST, "/api/drafts/{id}/versions", Permission.DRAFT_EDIT, Scope.FORBIDDEN, DRAFT),
            row(GET, "/api/drafts/{id}/diff?from=1&to=1", Permission.DRAFT_VIEW, Scope.FORBIDDEN, DRAFT),
            row(POST, "/api/drafts/{id}/publications", Permission.DRAFT_EDIT, Scope.FORBIDDEN, DRAFT),
            // module drafts (filing into the congress file): {id} the province's draft; A's province has no case of
            // the current term, so A's own request is refused with 409 after the permission
            row(POST, "/drafts/{id}/filing", Permission.DRAFT_EDIT, Scope.FORBIDDEN, DRAFT),
            row(POST, "/api/drafts/{id}/filing", Permission.DRAFT_EDIT, Scope.FORBIDDEN, DRAFT),
            row(GET, "/api/draft-publications", Permission.DRAFT_COMMENT, Scope.FILTERED, PUBLICATION),
            row(GET, "/api/draft-publications/{id}", Permission.DRAFT_VIEW, Scope.FORBIDDEN, PUBLICATION),
            row(POST, "/api/draft-publications/{id}/comments", Permission.DRAFT_COMMENT, Scope.FORBIDDEN, PUBLICATION),
            row(
                    GET,
                    "/api/draft-publications/{id}/comments?orgId={org}",
                    Permission.DRAFT_EDIT,
                    Scope.FORBIDDEN,
                    PUBLICATION),
            row(POST, "/api/draft-publications/{id}/forward", Permission.DRAFT_EDIT, Scope.FORBIDDEN, PUBLICATION),
            row(GET, "/api/draft-publications/{id}/synthesis", Permission.DRAFT_VIEW, Scope.FORBIDDEN, PUBLICATION),
            row(
                    GET,
                    "/api/draft-publications/{id}/synthesis.docx",
                    Permission.DRAFT_VIEW,
                    Scope.FORBIDDEN,
                    PUBLICATION),
            row(
                    GET,
                    "/api/draft-publications/{id}/synthesis.xlsx",
                    Permission.DRAFT_VIEW,
                    Scope.FORBIDDEN,
                    PUBLICATION),
            row(POST, "/api/draft-publications/{id}/points", Permission.DRAFT_EDIT, Scope.FORBIDDEN, PUBLICATION),
            row(
                    POST,
                    "/api/draft-publications/{id}/points/{point}/response",
                    Permission.DRAFT_EDIT,
                    Scope.FORBIDDEN,
                    PUBLICATION),
            // module dossier: {id} the commune's case and {item} an item of its checklist (DossierFixtures); forms
            // are sent empty: refused outside scope, an error message inside it.
            row(
                    GET,
                    "/congresses/{id}/dossier",
                    Permission.CONGRESS_VIEW,
                    Scope.FORBIDDEN,
                    DossierFixtures::caseAndItem),
            row(
                    POST,
                    "/congresses/{id}/dossier/items/{item}/files",
                    Permission.CONGRESS_MANAGE,
                    Scope.FORBIDDEN,
                    DossierFixtures::caseAndItem),
            row(
                    POST,
                    "/congresses/{id}/dossier/submit",
                    Permission.CONGRESS_MANAGE,
                    Scope.FORBIDDEN,
                    DossierFixtures::caseAndItem),
            row(
                    POST,
                    "/congresses/{id}/dossier/items/{item}/comments",
                    Permission.CONGRESS_APPROVE,
                    Scope.FORBIDDEN,
                    DossierFixtures::caseAndItem),
            row(
                    POST,
                    "/congresses/{id}/dossier/return",
                    Permission.CONGRESS_APPROVE,
                    Scope.FORBIDDEN,
                    DossierFixtures::caseAndItem),
            row(
                    POST,
                    "/congresses/{id}/dossier/ready",
                    Permission.CONGRESS_APPROVE,
                    Scope.FORBIDDEN,
                    DossierFixtures::caseAndItem),
            row(
                    POST,
                    "/congresses/{id}/dossier/paper/submit",
                    Permission.CONGRESS_MANAGE,
                    Scope.FORBIDDEN,
                    DossierFixtures::caseAndItem),
            row(
                    POST,
                    "/congresses/{id}/dossier/paper/verdict",
                    Permission.CONGRESS_APPROVE,
                    Scope.FORBIDDEN,
                    DossierFixtures::caseAndItem),
            row(GET, "/dossier-files/{id}", Permission.CONGRESS_VIEW, Scope.FORBIDDEN, DossierFixtures::file),
            row(GET, "/org/{id}/approval-calendar", Permission.CONGRESS_VIEW, Scope.FORBIDDEN, PROVINCE),
            row(POST, "/org/{id}/approval-calendar", Permission.CONGRESS_APPROVE, Scope.FORBIDDEN, PROVINCE),
            row(
                    POST,
                    "/approval-meetings/{id}/conclusions",
                    Permission.CONGRESS_APPROVE,
                    Scope.FORBIDDEN,
                    DossierFixtures::meeting),
            row(GET, "/dossier-checklist", Permission.RULEBOOK_VIEW, Scope.ANYWHERE, PermissionMatrixTest::resident),
            row(POST, "/dossier-checklist", Permission.RULEBOOK_EDIT, Scope.ANYWHERE, PermissionMatrixTest::resident),
            row(
                    POST,
                    "/dossier-checklist/{id}",
                    Permission.RULEBOOK_EDIT,
                    Scope.ANYWHERE,
                    DossierFixtures::checklistItem),
            row(
                    GET,
                    "/api/congresses/{id}/dossier",
                    Permission.CONGRESS_VIEW,
                    Scope.FORBIDDEN,
                    DossierFixtures::caseAndItem),
            row(
                    POST,
                    "/api/congresses/{id}/dossier/submit",
                    Permission.CONGRESS_MANAGE,
                    Scope.FORBIDDEN,
                    DossierFixtures::caseAndItem),
            row(GET, "/api/organizations/{id}/approval-calendar", Permission.CONGRESS_VIEW, Scope.FORBIDDEN, PROVINCE),
            // module results and archive: {id} is the commune's case (still being planned, so the holder gets a
            // state or form error, never a refusal); {complaintId} an unknown complaint (ArchiveFixtures). The
            // superior's steps need CONGRESS_APPROVE on the province, the commune's direct superior.
            row(GET, "/congresses/{id}/results", Permission.CONGRESS_VIEW, Scope.FORBIDDEN, CASE),
            row(POST, "/congresses/{id}/results", Permission.CONGRESS_MANAGE, Scope.FORBIDDEN, CASE),
            row(POST, "/congresses/{id}/complaints", Permission.CONGRESS_APPROVE, Scope.FORBIDDEN, CASE),
            row(
                    POST,
                    "/congresses/{id}/complaints/{complaintId}/settlement",
                    Permission.CONGRESS_APPROVE,
                    Scope.FORBIDDEN,
                    ArchiveFixtures::caseAndComplaint),
            row(POST, "/congresses/{id}/confirmation", Permission.CONGRESS_APPROVE, Scope.FORBIDDEN, CASE),
            row(POST, "/congresses/{id}/annulment", Permission.CONGRESS_APPROVE, Scope.FORBIDDEN, CASE),
            row(GET, "/congresses/{id}/archive", Permission.CONGRESS_VIEW, Scope.FORBIDDEN, CASE),
            row(GET, "/archives/verify", Permission.CONGRESS_VIEW, Scope.ANYWHERE, PermissionMatrixTest::resident),
            row(POST, "/archives/verify", Permission.CONGRESS_VIEW, Scope.ANYWHERE, PermissionMatrixTest::resident),
            row(GET, "/api/congresses/{id}/results", Permission.CONGRESS_VIEW, Scope.FORBIDDEN, CASE),
            row(POST, "/api/congresses/{id}/results", Permission.CONGRESS_MANAGE, Scope.FORBIDDEN, CASE),
            row(POST, "/api/congresses/{id}/complaints", Permission.CONGRESS_APPROVE, Scope.FORBIDDEN, CASE),
            row(
                    POST,
                    "/api/congresses/{id}/complaints/{complaintId}/settlement",
                    Permission.CONGRESS_APPROVE,
                    Scope.FORBIDDEN,
                    ArchiveFixtures::caseAndComplaint),
            row(POST, "/api/congresses/{id}/confirmation", Permission.CONGRESS_APPROVE, Scope.FORBIDDEN, CASE),
            row(POST, "/api/congresses/{id}/annulment", Permission.CONGRESS_APPROVE, Scope.FORBIDDEN, CASE),
            row(GET, "/api/congresses/{id}/archive", Permission.CONGRESS_VIEW, Scope.FORBIDDEN, CASE),
            row(POST, "/api/archives/verify", Permission.CONGRESS_VIEW, Scope.ANYWHERE, PermissionMatrixTest::resident),
            // module personnel: with CASE, {id} is the 2025-2030 case of the province's commune; refused input on
            // A's case comes back as the page's error (302) or a 400, after the permission
            row(GET, "/congresses/{id}/personnel", Permission.PERSONNEL_VIEW, Scope.FORBIDDEN, CASE),
            row(GET, "/congresses/{id}/personnel/members?q={mq}", Permission.PERSONNEL_VIEW, Scope.FORBIDDEN, CASE),
            row(GET, "/congresses/{id}/personnel/document?file=0", Permission.PERSONNEL_VIEW, Scope.FORBIDDEN, CASE),
            row(
                    POST,
                    "/congresses/{id}/personnel/bodies",
                    Permission.PERSONNEL_EDIT,
                    Scope.FORBIDDEN,
                    CASE,
                    "body",
                    "DELEGATE",
                    "seats",
                    "5"),
            row(POST, "/congresses/{id}/personnel/candidates", Permission.PERSONNEL_EDIT, Scope.FORBIDDEN, CASE),
            row(
                    POST,
                    "/congresses/{id}/personnel/candidates/remove",
                    Permission.PERSONNEL_EDIT,
                    Scope.FORBIDDEN,
                    CASE,
                    "candidateId",
                    "0"),
            row(POST, "/congresses/{id}/personnel/documents", Permission.PERSONNEL_EDIT, Scope.FORBIDDEN, CASE),
            row(POST, "/congresses/{id}/personnel/candidacies", Permission.PERSONNEL_EDIT, Scope.FORBIDDEN, CASE),
            row(GET, "/api/congresses/{id}/personnel", Permission.PERSONNEL_VIEW, Scope.FORBIDDEN, CASE),
            row(POST, "/api/congresses/{id}/personnel/bodies", Permission.PERSONNEL_EDIT, Scope.FORBIDDEN, CASE),
            row(POST, "/api/congresses/{id}/personnel/candidates", Permission.PERSONNEL_EDIT, Scope.FORBIDDEN, CASE),
            row(POST, "/api/congresses/{id}/personnel/candidacies", Permission.PERSONNEL_EDIT, Scope.FORBIDDEN, CASE),
            // module budget: with CASE, {id} is the 2025-2030 case of the province's commune
            row(GET, "/congresses/{id}/budget", Permission.CONGRESS_VIEW, Scope.FORBIDDEN, CASE),
            row(GET, "/congresses/{id}/budget.xlsx", Permission.CONGRESS_VIEW, Scope.FORBIDDEN, CASE),
            row(GET, "/congresses/{id}/budget.pdf", Permission.CONGRESS_VIEW, Scope.FORBIDDEN, CASE),
            row(
                    POST,
                    "/congresses/{id}/budget/items",
                    Permission.CONGRESS_MANAGE,
                    Scope.FORBIDDEN,
                    CASE,
                    "group",
                    "OTHER",
                    "description",
                    "Dự phòng",
                    "quantity",
                    "1",
                    "unit",
                    "khoản",
                    "unitPrice",
                    "100.000"),
            row(
                    POST,
                    "/congresses/{id}/budget/items/remove",
                    Permission.CONGRESS_MANAGE,
                    Scope.FORBIDDEN,
                    CASE,
                    "item",
                    "0"),
            row(GET, "/api/congresses/{id}/budget", Permission.CONGRESS_VIEW, Scope.FORBIDDEN, CASE),
            row(POST, "/api/congresses/{id}/budget/items", Permission.CONGRESS_MANAGE, Scope.FORBIDDEN, CASE),
            // module budget (filing into the congress file): {id} as above; A's empty estimate is refused with 400
            row(POST, "/congresses/{id}/budget/filing", Permission.CONGRESS_MANAGE, Scope.FORBIDDEN, CASE),
            row(POST, "/api/congresses/{id}/budget/filing", Permission.CONGRESS_MANAGE, Scope.FORBIDDEN, CASE),
            // modules budget and personnel (edit and remove): {item}, {body}, {candidate} name nothing of A's case
            // (PreparationFixtures), so A's own request is a 404 or the page's error after the permission
            row(
                    POST,
                    "/congresses/{id}/budget/items/edit",
                    Permission.CONGRESS_MANAGE,
                    Scope.FORBIDDEN,
                    CASE,
                    "item",
                    "0",
                    "group",
                    "OTHER",
                    "description",
                    "Dự phòng",
                    "quantity",
                    "1",
                    "unit",
                    "khoản",
                    "unitPrice",
                    "100.000"),
            row(
                    RequestMethod.PUT,
                    "/api/congresses/{id}/budget/items/{item}",
                    Permission.CONGRESS_MANAGE,
                    Scope.FORBIDDEN,
                    PreparationFixtures.CASE_ITEM),
            row(
                    RequestMethod.DELETE,
                    "/api/congresses/{id}/budget/items/{item}",
                    Permission.CONGRESS_MANAGE,
                    Scope.FORBIDDEN,
                    PreparationFixtures.CASE_ITEM),
            row(
                    POST,
                    "/congresses/{id}/personnel/bodies/remove",
                    Permission.PERSONNEL_EDIT,
                    Scope.FORBIDDEN,
                    CASE,
                    "body",
                    "INSPECTION_CHAIR"),
            row(
                    RequestMethod.DELETE,
                    "/api/congresses/{id}/personnel/bodies/{body}",
                    Permission.PERSONNEL_EDIT,
                    Scope.FORBIDDEN,
                    PreparationFixtures.CASE_BODY),
            row(
                    RequestMethod.DELETE,
                    "/api/congresses/{id}/personnel/candidates/{candidate}",
                    Permission.PERSONNEL_EDIT,
                    Scope.FORBIDDEN,
                    PreparationFixtures.CASE_CANDIDATE),
            // module roll: with CASE, {id} is the 2025-2030 case of the province's commune (an all-member congress);
            // forms and bodies are sent empty, so on A's case they come back as the page's error or a 400/409
            row(GET, "/congresses/{id}/roll", Permission.CONGRESS_VIEW, Scope.FORBIDDEN, CASE),
            row(POST, "/congresses/{id}/roll/fill", Permission.CONGRESS_DAY_RUN, Scope.FORBIDDEN, CASE),
            row(POST, "/congresses/{id}/roll/delegates", Permission.CONGRESS_DAY_RUN, Scope.FORBIDDEN, CASE),
            row(POST, "/congresses/{id}/roll/absences", Permission.CONGRESS_DAY_RUN, Scope.FORBIDDEN, CASE),
            row(POST, "/congresses/{id}/roll/absences/clear", Permission.CONGRESS_DAY_RUN, Scope.FORBIDDEN, CASE),
            row(POST, "/congresses/{id}/roll/alternates", Permission.CONGRESS_DAY_RUN, Scope.FORBIDDEN, CASE),
            row(GET, "/congresses/{id}/roll/badges.pdf", Permission.CONGRESS_DAY_RUN, Scope.FORBIDDEN, CASE),
            row(GET, "/congresses/{id}/checkin", Permission.CONGRESS_DAY_RUN, Scope.FORBIDDEN, CASE),
            row(POST, "/congresses/{id}/checkin", Permission.CONGRESS_DAY_RUN, Scope.FORBIDDEN, CASE),
            row(GET, "/congresses/{id}/checkin/count", Permission.CONGRESS_VIEW, Scope.FORBIDDEN, CASE),
            row(GET, "/api/congresses/{id}/roll", Permission.CONGRESS_VIEW, Scope.FORBIDDEN, CASE),
            row(POST, "/api/congresses/{id}/roll/fill", Permission.CONGRESS_DAY_RUN, Scope.FORBIDDEN, CASE),
            row(POST, "/api/congresses/{id}/roll/delegates", Permission.CONGRESS_DAY_RUN, Scope.FORBIDDEN, CASE),
            row(POST, "/api/congresses/{id}/roll/absences", Permission.CONGRESS_DAY_RUN, Scope.FORBIDDEN, CASE),
            row(POST, "/api/congresses/{id}/roll/alternates", Permission.CONGRESS_DAY_RUN, Scope.FORBIDDEN, CASE),
            row(GET, "/api/congresses/{id}/base", Permission.CONGRESS_VIEW, Scope.FORBIDDEN, CASE),
            row(POST, "/api/congresses/{id}/checkins", Permission.CONGRESS_DAY_RUN, Scope.FORBIDDEN, CASE),
            row(GET, "/congresses/{id}/agenda", Permission.CONGRESS_VIEW, Scope.FORBIDDEN, CASE),
            row(POST, "/congresses/{id}/agenda/steps", Permission.CONGRESS_DAY_RUN, Scope.FORBIDDEN, CASE),
            row(POST, "/congresses/{id}/agenda/current", Permission.CONGRESS_DAY_RUN, Scope.FORBIDDEN, CASE),
            row(POST, "/congresses/{id}/agenda/bodies", Permission.CONGRESS_DAY_RUN, Scope.FORBIDDEN, CASE),
            // roll2 (session 5): closing and reopening the roll, the agenda's API
            row(POST, "/congresses/{id}/roll/close", Permission.CONGRESS_DAY_RUN, Scope.FORBIDDEN, CASE),
            row(POST, "/congresses/{id}/roll/reopen", Permission.CONGRESS_DAY_RUN, Scope.FORBIDDEN, CASE),
            row(GET, "/api/congresses/{id}/roll/closing", Permission.CONGRESS_VIEW, Scope.FORBIDDEN, CASE),
            row(POST, "/api/congresses/{id}/roll/close", Permission.CONGRESS_DAY_RUN, Scope.FORBIDDEN, CASE),
            row(POST, "/api/congresses/{id}/roll/reopen", Permission.CONGRESS_DAY_RUN, Scope.FORBIDDEN, CASE),
            row(GET, "/api/congresses/{id}/agenda", Permission.CONGRESS_VIEW, Scope.FORBIDDEN, CASE),
            row(POST, "/api/congresses/{id}/agenda/steps", Permission.CONGRESS_DAY_RUN, Scope.FORBIDDEN, CASE),
            row(POST, "/api/congresses/{id}/agenda/current", Permission.CONGRESS_DAY_RUN, Scope.FORBIDDEN, CASE),
            row(POST, "/api/congresses/{id}/agenda/bodies", Permission.CONGRESS_DAY_RUN, Scope.FORBIDDEN, CASE),
            // module elections: with CASE, {id} is the commune's case; with ElectionFixtures::election, {id} is an
            // election of that case with an unreleased round {round} = 1 ({roundId})
            row(GET, "/api/congresses/{id}/elections", Permission.CONGRESS_VIEW, Scope.FORBIDDEN, CASE),
            row(
                    GET,
                    "/api/elections/{id}/rounds/{round}/record",
                    Permission.CONGRESS_VIEW,
                    Scope.FORBIDDEN,
                    ElectionFixtures::election),
            row(
                    GET,
                    "/api/elections/{id}/rounds/{round}/result",
                    Permission.CONGRESS_VIEW,
                    Scope.FORBIDDEN,
                    ElectionFixtures::election),
            // module elections, the page, the papers and the hall (a non-EventSource client gets one event)
            row(POST, "/api/congresses/{id}/elections", Permission.CONGRESS_DAY_RUN, Scope.FORBIDDEN, CASE),
            row(
                    POST,
                    "/api/elections/{id}/rounds/{round}/counts",
                    Permission.CONGRESS_DAY_RUN,
                    Scope.FORBIDDEN,
                    ElectionFixtures::election),
            row(
                    POST,
                    "/api/elections/{id}/rounds/{round}/runoff",
                    Permission.CONGRESS_DAY_RUN,
                    Scope.FORBIDDEN,
                    ElectionFixtures::election),
            row(
                    POST,
                    "/api/elections/{id}/rounds/{round}/another",
                    Permission.CONGRESS_DAY_RUN,
                    Scope.FORBIDDEN,
                    ElectionFixtures::election),
            row(
                    POST,
                    "/api/elections/{id}/rounds/{round}/stop",
                    Permission.CONGRESS_DAY_RUN,
                    Scope.FORBIDDEN,
                    ElectionFixtures::election),
            row(GET, "/congresses/{id}/elections", Permission.CONGRESS_VIEW, Scope.FORBIDDEN, CASE),
            row(POST, "/congresses/{id}/elections", Permission.CONGRESS_DAY_RUN, Scope.FORBIDDEN, CASE),
            row(
                    POST,
                    "/elections/{id}/rounds/{round}/counts",
                    Permission.CONGRESS_DAY_RUN,
                    Scope.FORBIDDEN,
                    ElectionFixtures::election),
            row(
                    POST,
                    "/elections/{id}/rounds/{round}/runoff",
                    Permission.CONGRESS_DAY_RUN,
                    Scope.FORBIDDEN,
                    ElectionFixtures::election),
            row(
                    POST,
                    "/elections/{id}/rounds/{round}/another",
                    Permission.CONGRESS_DAY_RUN,
                    Scope.FORBIDDEN,
                    ElectionFixtures::election),
            row(
                    POST,
                    "/elections/{id}/rounds/{round}/stop",
                    Permission.CONGRESS_DAY_RUN,
                    Scope.FORBIDDEN,
                    ElectionFixtures::election),
            row(
                    GET,
                    "/elections/{id}/rounds/{round}/ballot.pdf",
                    Permission.CONGRESS_DAY_RUN,
                    Scope.FORBIDDEN,
                    ElectionFixtures::election),
            row(
                    GET,
                    "/elections/{id}/rounds/{round}/minutes.pdf",
                    Permission.CONGRESS_VIEW,
                    Scope.FORBIDDEN,
                    ElectionFixtures::election),
            row(
                    GET,
                    "/elections/{id}/rounds/{round}/minutes.docx",
                    Permission.CONGRESS_VIEW,
                    Scope.FORBIDDEN,
                    ElectionFixtures::election),
            row(
                    GET,
                    "/elections/{id}/rounds/{round}/record.json",
                    Permission.CONGRESS_VIEW,
                    Scope.FORBIDDEN,
                    ElectionFixtures::election),
            row(
                    GET,
                    "/elections/{id}/minutes.pdf",
                    Permission.CONGRESS_VIEW,
                    Scope.FORBIDDEN,
                    ElectionFixtures::election),
            row(
                    GET,
                    "/elections/{id}/minutes.docx",
                    Permission.CONGRESS_VIEW,
                    Scope.FORBIDDEN,
                    ElectionFixtures::election),
            // secretary (session 5): the direct election of the secretary; with CASE the congress does not elect
            // directly, so the changes are refused as conflicts, never a 403
            row(GET, "/api/congresses/{id}/secretary/introductions", Permission.CONGRESS_VIEW, Scope.FORBIDDEN, CASE),
            row(
                    POST,
                    "/api/congresses/{id}/secretary/introductions",
                    Permission.CONGRESS_DAY_RUN,
                    Scope.FORBIDDEN,
                    CASE),
            row(
                    POST,
                    "/api/congresses/{id}/secretary/introductions/count",
                    Permission.CONGRESS_DAY_RUN,
                    Scope.FORBIDDEN,
                    CASE),
            row(POST, "/api/congresses/{id}/secretary/election", Permission.CONGRESS_DAY_RUN, Scope.FORBIDDEN, CASE),
            row(GET, "/congresses/{id}/secretary", Permission.CONGRESS_VIEW, Scope.FORBIDDEN, CASE),
            row(POST, "/congresses/{id}/secretary/introductions", Permission.CONGRESS_DAY_RUN, Scope.FORBIDDEN, CASE),
            row(
                    POST,
                    "/congresses/{id}/secretary/introductions/count",
                    Permission.CONGRESS_DAY_RUN,
                    Scope.FORBIDDEN,
                    CASE),
            row(POST, "/congresses/{id}/secretary/election", Permission.CONGRESS_DAY_RUN, Scope.FORBIDDEN, CASE),
            row(GET, "/congresses/{id}/secretary/introduction.pdf", Permission.CONGRESS_DAY_RUN, Scope.FORBIDDEN, CASE),
            row(GET, "/congresses/{id}/secretary/minutes.pdf", Permission.CONGRESS_VIEW, Scope.FORBIDDEN, CASE),
            // secretary (session 5): filing a closed election's minutes; ElectionFixtures::election is still open,
            // so the filing is refused as a conflict, never a 403
            row(
                    POST,
                    "/api/elections/{id}/filing",
                    Permission.CONGRESS_MANAGE,
                    Scope.FORBIDDEN,
                    ElectionFixtures::election),
            row(
                    GET,
                    "/api/elections/{id}/filings",
                    Permission.CONGRESS_VIEW,
                    Scope.FORBIDDEN,
                    ElectionFixtures::election),
            row(
                    POST,
                    "/elections/{id}/filing",
                    Permission.CONGRESS_MANAGE,
                    Scope.FORBIDDEN,
                    ElectionFixtures::election),
            // lists (session 5): the list stage of an election; with ElectionListFixtures::list, {id} is the
            // election of ElectionFixtures (round 1 in LIST), {entry}/{withdrawal} name nothing of it
            row(POST, "/api/congresses/{id}/election-lists", Permission.CONGRESS_DAY_RUN, Scope.FORBIDDEN, CASE),
            row(POST, "/api/congresses/{id}/convening-members", Permission.CONGRESS_DAY_RUN, Scope.FORBIDDEN, CASE),
            row(GET, "/api/elections/{id}/list", Permission.CONGRESS_VIEW, Scope.FORBIDDEN, ElectionListFixtures::list),
            row(
                    POST,
                    "/api/elections/{id}/list/proposal",
                    Permission.CONGRESS_DAY_RUN,
                    Scope.FORBIDDEN,
                    ElectionListFixtures::list),
            row(
                    GET,
                    "/api/elections/{id}/list/members?q=a",
                    Permission.CONGRESS_DAY_RUN,
                    Scope.FORBIDDEN,
                    ElectionListFixtures::list),
            row(
                    POST,
                    "/api/elections/{id}/list/members",
                    Permission.CONGRESS_DAY_RUN,
                    Scope.FORBIDDEN,
                    ElectionListFixtures::list),
            row(
                    POST,
                    "/api/elections/{id}/list/nominations",
                    Permission.CONGRESS_DAY_RUN,
                    Scope.FORBIDDEN,
                    ElectionListFixtures::list),
            row(
                    POST,
                    "/api/elections/{id}/list/opinion",
                    Permission.CONGRESS_DAY_RUN,
                    Scope.FORBIDDEN,
                    ElectionListFixtures::list),
            row(
                    POST,
                    "/api/elections/{id}/list/entries/{entry}/sort-key",
                    Permission.CONGRESS_DAY_RUN,
                    Scope.FORBIDDEN,
                    ElectionListFixtures::list),
            row(
                    POST,
                    "/api/elections/{id}/list/entries/{entry}/withdrawal",
                    Permission.CONGRESS_DAY_RUN,
                    Scope.FORBIDDEN,
                    ElectionListFixtures::list),
            row(
                    POST,
                    "/api/elections/{id}/list/withdrawals/{withdrawal}/decision",
                    Permission.CONGRESS_DAY_RUN,
                    Scope.FORBIDDEN,
                    ElectionListFixtures::list),
            row(
                    POST,
                    "/api/elections/{id}/list/fix",
                    Permission.CONGRESS_DAY_RUN,
                    Scope.FORBIDDEN,
                    ElectionListFixtures::list),
            row(
                    POST,
                    "/elections/{id}/list/proposal",
                    Permission.CONGRESS_DAY_RUN,
                    Scope.FORBIDDEN,
                    ElectionListFixtures::list),
            row(
                    GET,
                    "/elections/{id}/list/members?q=a",
                    Permission.CONGRESS_DAY_RUN,
                    Scope.FORBIDDEN,
                    ElectionListFixtures::list),
            row(
                    POST,
                    "/elections/{id}/list/members",
                    Permission.CONGRESS_DAY_RUN,
                    Scope.FORBIDDEN,
                    ElectionListFixtures::list),
            row(
                    POST,
                    "/elections/{id}/list/nominations",
                    Permission.CONGRESS_DAY_RUN,
                    Scope.FORBIDDEN,
                    ElectionListFixtures::list),
            row(
                    POST,
                    "/elections/{id}/list/opinion",
                    Permission.CONGRESS_DAY_RUN,
                    Scope.FORBIDDEN,
                    ElectionListFixtures::list),
            row(
                    POST,
                    "/elections/{id}/opinion/{roundId}/counts",
                    Permission.CONGRESS_DAY_RUN,
                    Scope.FORBIDDEN,
                    ElectionListFixtures::list),
            row(
                    GET,
                    "/elections/{id}/opinion/{roundId}/ballot.pdf",
                    Permission.CONGRESS_DAY_RUN,
                    Scope.FORBIDDEN,
                    ElectionListFixtures::list),
            row(
                    POST,
                    "/elections/{id}/list/entries/{entry}/sort-key",
                    Permission.CONGRESS_DAY_RUN,
                    Scope.FORBIDDEN,
                    ElectionListFixtures::list),
            row(
                    POST,
                    "/elections/{id}/list/entries/{entry}/withdrawal",
                    Permission.CONGRESS_DAY_RUN,
                    Scope.FORBIDDEN,
                    ElectionListFixtures::list),
            row(
                    POST,
                    "/elections/{id}/list/withdrawals/{withdrawal}/decision",
                    Permission.CONGRESS_DAY_RUN,
                    Scope.FORBIDDEN,
                    ElectionListFixtures::list),
            row(
                    POST,
                    "/elections/{id}/list/fix",
                    Permission.CONGRESS_DAY_RUN,
                    Scope.FORBIDDEN,
                    ElectionListFixtures::list),
            row(GET, "/congresses/{id}/hall", Permission.CONGRESS_VIEW, Scope.FORBIDDEN, CASE),
            row(GET, "/congresses/{id}/hall/events", Permission.CONGRESS_VIEW, Scope.FORBIDDEN, CASE),
            // module keying: with ROUND, {roundId} is a round of the province's cell (KeyingFixtures), no counts
            // entered
            // yet: the holder's changes are refused as conflicts or form errors, never a 403
            row(GET, "/rounds/{roundId}/entry?team=1", Permission.BALLOT_ENTER, Scope.FORBIDDEN, ROUND),
            row(POST, "/rounds/{roundId}/entry/ballots", Permission.BALLOT_ENTER, Scope.FORBIDDEN, ROUND, "team", "1"),
            row(POST, "/rounds/{roundId}/entry/undo", Permission.BALLOT_ENTER, Scope.FORBIDDEN, ROUND, "team", "1"),
            row(GET, "/rounds/{roundId}/reconciliation", Permission.BALLOT_ENTER, Scope.FORBIDDEN, ROUND),
            row(POST, "/rounds/{roundId}/reconciliation/corrections", Permission.BALLOT_ENTER, Scope.FORBIDDEN, ROUND),
            row(POST, "/rounds/{roundId}/reconciliation/teams", Permission.CONGRESS_DAY_RUN, Scope.FORBIDDEN, ROUND),
            row(POST, "/rounds/{roundId}/reconciliation/release", Permission.CONGRESS_DAY_RUN, Scope.FORBIDDEN, ROUND),
            row(GET, "/rounds/{roundId}/entry/totals", Permission.CONGRESS_DAY_RUN, Scope.FORBIDDEN, ROUND),
            row(POST, "/rounds/{roundId}/entry/totals", Permission.CONGRESS_DAY_RUN, Scope.FORBIDDEN, ROUND),
            row(GET, "/rounds/{roundId}/log.pdf", Permission.BALLOT_ENTER, Scope.FORBIDDEN, ROUND),
            row(GET, "/rounds/{roundId}/log/verify", Permission.BALLOT_ENTER, Scope.FORBIDDEN, ROUND),
            row(POST, "/api/rounds/{roundId}/teams/{team}/ballots", Permission.BALLOT_ENTER, Scope.FORBIDDEN, ROUND),
            row(POST, "/api/rounds/{roundId}/teams/{team}/undo", Permission.BALLOT_ENTER, Scope.FORBIDDEN, ROUND),
            row(
                    POST,
                    "/api/rounds/{roundId}/teams/{team}/ballots/{position}",
                    Permission.BALLOT_ENTER,
                    Scope.FORBIDDEN,
                    ROUND),
            row(GET, "/api/rounds/{roundId}/reconciliation", Permission.BALLOT_ENTER, Scope.FORBIDDEN, ROUND),
            row(POST, "/api/rounds/{roundId}/teams", Permission.CONGRESS_DAY_RUN, Scope.FORBIDDEN, ROUND),
            row(POST, "/api/rounds/{roundId}/release", Permission.CONGRESS_DAY_RUN, Scope.FORBIDDEN, ROUND),
            row(POST, "/api/rounds/{roundId}/totals", Permission.CONGRESS_DAY_RUN, Scope.FORBIDDEN, ROUND),
            row(GET, "/api/rounds/{roundId}/log", Permission.BALLOT_ENTER, Scope.FORBIDDEN, ROUND),
            row(GET, "/api/rounds/{roundId}/log/verify", Permission.BALLOT_ENTER, Scope.FORBIDDEN, ROUND),
            // keying2 (session 5): the entry log filed into the congress file (the round is not released: 409)
            row(POST, "/rounds/{roundId}/log/filing", Permission.CONGRESS_DAY_RUN, Scope.FORBIDDEN, ROUND),
            row(POST, "/api/rounds/{roundId}/log/filing", Permission.CONGRESS_DAY_RUN, Scope.FORBIDDEN, ROUND),
            // issue 13: the counting committee puts accounts on the teams; a clerk's own list of rounds to key
            row(
                    POST,
                    "/rounds/{roundId}/reconciliation/members",
                    Permission.CONGRESS_DAY_RUN,
                    Scope.FORBIDDEN,
                    ROUND,
                    "team",
                    "1"),
            row(
                    POST,
                    "/rounds/{roundId}/reconciliation/members/remove",
                    Permission.CONGRESS_DAY_RUN,
                    Scope.FORBIDDEN,
                    ROUND),
            row(GET, "/api/rounds/{roundId}/teams/members", Permission.BALLOT_ENTER, Scope.FORBIDDEN, ROUND),
            row(POST, "/api/rounds/{roundId}/teams/members", Permission.CONGRESS_DAY_RUN, Scope.FORBIDDEN, ROUND),
            row(
                    POST,
                    "/api/rounds/{roundId}/teams/members/remove",
                    Permission.CONGRESS_DAY_RUN,
                    Scope.FORBIDDEN,
                    ROUND),
            row(GET, "/keying", Permission.BALLOT_ENTER, Scope.ANYWHERE, PermissionMatrixTest::resident));

    @Autowired
    ApplicationContext context;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @LocalServerPort
    int port;

    Province a;
    Province b;
    String nobody;
    final Map<Role, String> holders = new EnumMap<>(Role.class);
    final Map<String, WebSession> sessions = new LinkedHashMap<>();

    @BeforeAll
    void provinces() {
        // The row fixtures keep the database in statics, set by the last context that was built; a test with its own
        // database (DatabaseDownTest) may have built one since this cached context: point them back at ours.
        JdbcClient ours = context.getBean(JdbcClient.class);
        new PlanFixtures(ours);
        new DossierFixtures(ours);
        new DocumentFixtures(ours);
        new DraftFixtures(ours);
        new KeyingFixtures(ours);
        new SeasonFixtures(ours);
        new ElectionFixtures(ours);
        Fixtures fx = new Fixtures(context);
        a = fx.province("a");
        b = fx.province("b");
        for (Row r : ROWS) {
            Role role = leastRole(r.permission());
            holders.computeIfAbsent(role, x -> fx.username(fx.userWithRole(x, a.orgId())));
        }
        nobody = Fixtures.unique("nobody");
        fx.user(nobody, "Không vai trò", a.orgId(), null, a.orgId());
    }

    /** The first non-administrator role granting the permission: the weakest realistic holder. */
    static Role leastRole(Permission p) {
        return Role.granting(p).stream()
                .filter(r -> r != Role.ADMIN)
                .findFirst()
                .orElse(Role.ADMIN);
    }

    /** The mapped endpoints (method and normalised pattern) that have no row in {@code rows}. */
    Set<String> missingFrom(List<Row> rows) {
        Set<String> inTable = rows.stream().map(Row::key).collect(Collectors.toSet());
        Set<String> missing = new TreeSet<>();
        for (RequestMappingInfo info : mappings.getHandlerMethods().keySet()) {
            Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
            for (String pattern : info.getPatternValues()) {
                if (unchecked(pattern)) {
                    continue;
                }
                String normalised = pattern.replaceAll("\\{(\\w+)(:[^}]*)?}", "{$1}");
                for (RequestMethod m : methods.isEmpty() ? Set.of(RequestMethod.GET, RequestMethod.POST) : methods) {
                    String key = m + " " + normalised;
                    if (!inTable.contains(key)) {
                        missing.add(key);
                    }
                }
            }
        }
        return missing;
    }

    @Test
    void everyEndpointHasARow() {
        assertThat(missingFrom(ROWS))
                .as("endpoints without a row in PermissionMatrixTest.ROWS (add one with the permission it checks)")
                .isEmpty();
    }

    @Test
    void theCheckNoticesAMissingRowAndExemptsOnlyTheOpenPages() {
        assertThat(missingFrom(ROWS.subList(1, ROWS.size())))
                .containsExactly(ROWS.getFirst().key());
        assertThat(unchecked("/account/password")).isTrue();
        assertThat(unchecked("/")).isTrue();
        assertThat(unchecked("/users")).isFalse();
        assertThat(unchecked("/api/members")).isFalse();
        assertThat(unchecked("/errors")).isFalse();
    }

    @Test
    void rowsNameRealEndpoints() {
        Set<String> mapped = new TreeSet<>();
        mappings.getHandlerMethods()
                .keySet()
                .forEach(info -> info.getPatternValues()
                        .forEach(p -> info.getMethodsCondition()
                                .getMethods()
                                .forEach(m -> mapped.add(m + " " + p.replaceAll("\\{(\\w+)(:[^}]*)?}", "{$1}")))));
        assertThat(ROWS.stream().map(Row::key).toList())
                .allSatisfy(k -> assertThat(mapped).contains(k));
    }

    @Test
    void anotherProvincesResourceIsRefusedOrFilteredOut() {
        List<String> failures = new ArrayList<>();
        for (Row r : ROWS) {
            if (r.scope() == Scope.ANYWHERE) {
                continue;
            }
            HttpResponse<String> res = call(holders.get(leastRole(r.permission())), r, b);
            int expected = r.scope() == Scope.FORBIDDEN ? 403 : 200;
            if (res.statusCode() != expected) {
                failures.add(r.key() + " on B: " + res.statusCode() + " instead of " + expected);
            }
            if (b.appearsIn(res.body())) {
                failures.add(r.key() + " on B: B's data in the body");
            }
        }
        assertThat(failures).isEmpty();
    }

    @Test
    void ownProvincesResourceIsServed() {
        List<String> failures = new ArrayList<>();
        for (Row r : ROWS) {
            HttpResponse<String> res = call(holders.get(leastRole(r.permission())), r, a);
            if (res.statusCode() == 403 || res.statusCode() >= 500) {
                failures.add(r.key() + " on A: " + res.statusCode());
            }
            if (r.scope() == Scope.FILTERED && r.method() == GET && !a.appearsIn(res.body())) {
                failures.add(r.key() + " on A: A's own data missing from the body");
            }
        }
        assertThat(failures).isEmpty();
    }

    @Test
    void aUserWithoutAnyRoleIsRefusedEverywhere() {
        List<String> failures = new ArrayList<>();
        for (Row r : ROWS) {
            int status = call(nobody, r, a).statusCode();
            if (status != 403) {
                failures.add(r.key() + ": " + status);
            }
        }
        assertThat(failures).isEmpty();
    }

    /** POSTs that change nothing: an uploaded archive is checked against the database and thrown away. */
    static final Set<String> READING_POSTS = Set.of("POST /archives/verify", "POST /api/archives/verify");

    /** Issue 13: a VIEWER changes nothing, so no permission of theirs opens a write endpoint. */
    @Test
    void aViewerHoldsOnlyReadPermissionsAndNoWriteEndpointIsOpenToThem() {
        assertThat(Role.VIEWER.permissions()).allMatch(Permission::readOnly);
        List<String> writes = ROWS.stream()
                .filter(r -> r.method() != GET && !READING_POSTS.contains(r.key()))
                .filter(r -> Role.VIEWER.grants(r.permission()))
                .map(Row::key)
                .toList();
        assertThat(writes).as("write endpoints a VIEWER may call").isEmpty();
        for (Permission p : Permission.values()) {
            if (p.name().endsWith("_EDIT") || p.name().endsWith("_MANAGE") || p == Permission.DRAFT_COMMENT) {
                assertThat(p.readOnly()).as(p.name()).isFalse();
            }
        }
    }

    @Test
    void aViewersCommentOnADraftIsRefused() {
        Fixtures fx = new Fixtures(context);
        String viewer = fx.username(fx.userWithRole(Role.VIEWER, a.orgId()));
        Map<String, String> pub = DraftFixtures.publication(a);
        String commune = Long.toString(a.communeId());
        WebSession browser = new WebSession(port);
        assertThat(WebSession.location(browser.login(viewer, Fixtures.PASSWORD)))
                .doesNotContain("error");
        assertThat(browser.post(
                                "/drafts/publications/" + pub.get("id") + "/comments",
                                Map.of("orgId", commune, "anchor", "p1", "text", "Góp ý của người chỉ xem"))
                        .statusCode())
                .isEqualTo(403);
        assertThat(WebSession.basic(
                                port,
                                "POST",
                                "/api/draft-publications/" + pub.get("id") + "/comments",
                                viewer,
                                Fixtures.PASSWORD,
                                "{\"orgId\":\"" + commune + "\",\"anchor\":\"p1\",\"text\":\"Góp ý qua API\"}")
                        .statusCode())
                .isEqualTo(403);
        assertThat(context.getBean(org.springframework.jdbc.core.simple.JdbcClient.class)
                        .sql(
                                "select count(*) from draft_comment where text like 'Góp ý % người chỉ xem' or text = 'Góp ý qua API'")
                        .query(Long.class)
                        .single())
                .isZero();
    }

    private HttpResponse<String> call(String username, Row r, Province p) {
        String url = r.url(p);
        if (url.startsWith("/api/")) {
            // API rows send their form values as a JSON object of strings.
            String json = r.form(p).entrySet().stream()
                    .map(e -> "\"" + e.getKey() + "\":\"" + e.getValue() + "\"")
                    .collect(Collectors.joining(",", "{", "}"));
            return WebSession.basic(port, r.method().name(), url, username, Fixtures.PASSWORD, json);
        }
        WebSession session = sessions.computeIfAbsent(username, u -> {
            WebSession s = new WebSession(port);
            assertThat(WebSession.location(s.login(u, Fixtures.PASSWORD))).doesNotContain("error");
            return s;
        });
        return r.method() == GET ? session.get(url) : session.post(url, r.form(p));
    }
}
