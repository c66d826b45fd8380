package vn.daihoi.access.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.springframework.context.MessageSource;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.daihoi.access.AccessControl;
import vn.daihoi.access.Permission;
import vn.daihoi.access.Role;
import vn.daihoi.access.UserAdmin;
import vn.daihoi.access.UserDirectory;
import vn.daihoi.access.UserDirectory.UserSummary;
import vn.daihoi.platform.DomainException;
import vn.daihoi.platform.FormActions;
import vn.daihoi.platform.FormFeedback;

/** The users pages: list and search, create, and one user's roles and account state. */
@Controller
class UserPageController {

    static final int PAGE_SIZE = 50;
    static final int NODE_HITS = 30;
    /** Outcomes shown after a redirect; anything else in {@code ?done=} is ignored. */
    private static final Set<String> OUTCOMES =
            Set.of("created", "granted", "revoked", "enabled", "disabled", "unlocked");

    private final UserAdmin admin;
    private final UserDirectory directory;
    private final AccessControl access;
    private final UserGuard guard;
    private final MessageSource messages;
    private final FormActions actions;

    UserPageController(
            UserAdmin admin,
            UserDirectory directory,
            AccessControl access,
            UserGuard guard,
            MessageSource messages,
            FormActions actions) {
        this.actions = actions;
        this.admin = admin;
        this.directory = directory;
        this.access = access;
        this.guard = guard;
        this.messages = messages;
    }

    /** The create form as typed; {@code role} empty means no role yet. */
    record NewUser(String username, String fullName, Long orgId, String role) {}

    @GetMapping("/users")
    String list(@RequestParam(required = false) String q, @RequestParam(defaultValue = "1") int page, Model model) {
        List<Long> roots = access.scopeRoots(Permission.USER_VIEW);
        if (roots.isEmpty()) {
            throw new AccessDeniedException("USER_VIEW");
        }
        int p = Math.max(1, page);
        List<UserSummary> users = directory.search(q, roots, PAGE_SIZE + 1, (p - 1) * PAGE_SIZE);
        model.addAttribute("q", q == null ? "" : q);
        model.addAttribute("page", p);
        model.addAttribute("hasNext", users.size() > PAGE_SIZE);
        model.addAttribute("users", users.stream().limit(PAGE_SIZE).toList());
        model.addAttribute(
                "mayCreate", !access.scopeRoots(Permission.USER_MANAGE).isEmpty());
        return "access/users";
    }

    @GetMapping("/users/new")
    String newForm(@RequestParam(required = false) Long orgId, Model model) {
        access.requireSomewhere(Permission.USER_MANAGE);
        // a refused form comes back with the node that was chosen (it may have been found by the search)
        if (model.getAttribute("formErrors") instanceof FormFeedback sent && sent.in("user-new-form") != null) {
            Long chosen = number(sent.value("orgId"));
            orgId = chosen == null ? orgId : chosen;
        }
        return form(new NewUser("", "", orgId, ""), null, model);
    }

    /**
     * Every field checked at once (FormActions.submit); refused, the form comes back with each error beside its
     * field. Created, the one-time password is shown in this response only (never in a URL or the session).
     */
    @PostMapping("/users/new")
    String create(
            @RequestParam Map<String, String> form,
            HttpServletRequest request,
            RedirectAttributes redirect,
            Model model,
            Locale locale) {
        access.requireSomewhere(Permission.USER_MANAGE);
        Long orgId = number(form.get("orgId"));
        Role role = orgId == null ? null : roleOrNull(form.get("role"));
        if (orgId != null) {
            // access first: a node or role out of the user's reach stays a 403, never a form error
            access.require(Permission.USER_MANAGE, orgId);
            if (role != null && !guard.mayHandle(role, orgId)) {
                throw new AccessDeniedException(role + " on " + orgId);
            }
        }
        UserAdmin.Created[] created = new UserAdmin.Created[1];
        String next =
                actions.submit("user-new-form", "/users/new", request, redirect, locale, "users.create", errors -> {
                    errors.place("user.error.username", "username")
                            .place("user.error.duplicate", "username")
                            .place("user.error.fullName", "fullName")
                            .place("user.error.node", "orgId")
                            .place("user.error.role", "role");
                    String typed = errors.required("username", "user.username", form.get("username"));
                    String username =
                            typed == null ? null : errors.parse("username", () -> UserAdmin.validUsername(typed));
                    String fullName = errors.required("fullName", "user.fullName", form.get("fullName"));
                    if (orgId == null) {
                        errors.reject("orgId", "user.error.nodeRequired");
                    }
                    Role parsed = errors.parse("role", () -> parseRole(form.get("role")));
                    errors.check();
                    List<UserAdmin.Grant> grants =
                            parsed == null ? List.of() : List.of(new UserAdmin.Grant(parsed, orgId));
                    created[0] = admin.createWithOneTimePassword(username, fullName, orgId, grants);
                    return null;
                });
        if (created[0] != null) {
            model.addAttribute("created", created[0]);
            return "access/user-created";
        }
        return next;
    }

    /** The node picker of the create form (htmx): nodes at any depth in the user's scope, by name or code. */
    @GetMapping("/users/nodes")
    String nodes(
            @RequestParam(defaultValue = "") String q, @RequestParam(required = false) Long selected, Model model) {
        List<Long> roots = access.scopeRoots(Permission.USER_MANAGE);
        if (roots.isEmpty()) {
            throw new AccessDeniedException("USER_MANAGE");
        }
        model.addAttribute("hits", q.isBlank() ? List.of() : directory.findNodes(roots, q, NODE_HITS));
        model.addAttribute("selected", selected);
        return "access/node-choices :: choices";
    }

    @GetMapping("/users/{id:\\d+}")
    String show(@PathVariable long id, @RequestParam(required = false) String done, Model model) {
        UserSummary user = user(id);
        guard.requireView(user);
        return page(user, done != null && OUTCOMES.contains(done) ? done : null, null, null, model);
    }

    @PostMapping("/users/{id:\\d+}/roles")
    String grant(
            @PathVariable long id,
            @RequestParam Map<String, String> form,
            HttpServletRequest request,
            RedirectAttributes redirect,
            Locale locale) {
        UserSummary user = user(id);
        Role role = roleOrNull(form.get("role"));
        Long orgId = number(form.get("orgId"));
        if (role != null && orgId != null) {
            guard.requireRoleChange(user, role, orgId); // access first: stays a 403
        } else {
            access.require(Permission.USER_MANAGE, user.orgId());
        }
        return actions.submit("grant-form", "/users/" + id, request, redirect, locale, "user.grant", errors -> {
            errors.place("user.error.node", "orgId");
            errors.parse("role", () -> parseRole(errors.required("role", "user.role", form.get("role"))));
            if (orgId == null) {
                errors.reject("orgId", "user.error.nodeRequired");
            }
            errors.check();
            admin.grant(id, role, orgId);
            return "/users/" + id + "?done=granted";
        });
    }

    @PostMapping("/users/{id:\\d+}/roles/revoke")
    String revoke(@PathVariable long id, @RequestParam Role role, @RequestParam long orgId) {
        UserSummary user = user(id);
        guard.requireRoleChange(user, role, orgId);
        admin.revoke(id, role, orgId);
        return "redirect:/users/" + id + "?done=revoked";
    }

    @PostMapping("/users/{id:\\d+}/enable")
    String enable(@PathVariable long id) {
        guard.requireManage(user(id));
        admin.setEnabled(id, true);
        return "redirect:/users/" + id + "?done=enabled";
    }

    @PostMapping("/users/{id:\\d+}/disable")
    String disable(@PathVariable long id, Model model, Locale locale) {
        UserSummary user = user(id);
        guard.requireManage(user);
        if (guard.isSelf(user)) {
            return page(user, null, null, messages.getMessage("user.error.disableSelf", null, locale), model);
        }
        admin.setEnabled(id, false);
        return "redirect:/users/" + id + "?done=disabled";
    }

    @PostMapping("/users/{id:\\d+}/unlock")
    String unlock(@PathVariable long id) {
        guard.requireManage(user(id));
        admin.unlock(id);
        return "redirect:/users/" + id + "?done=unlocked";
    }

    /** Shows the new one-time password once, in this response only (never in a URL or the session). */
    @PostMapping("/users/{id:\\d+}/password-reset")
    String resetPassword(@PathVariable long id, Model model) {
        UserSummary user = user(id);
        guard.requireManage(user);
        String password = admin.resetPassword(id);
        return page(user(id), null, password, null, model);
    }

    @GetMapping("/users/permissions")
    String permissions(Model model) {
        access.requireSomewhere(Permission.USER_VIEW);
        model.addAttribute("roles", Role.values());
        model.addAttribute("permissions", Permission.values());
        return "access/permissions";
    }

    private String form(NewUser form, String error, Model model) {
        List<Long> roots = access.scopeRoots(Permission.USER_MANAGE);
        List<UserDirectory.NodeChoice> nodes = new ArrayList<>(directory.nodeChoices(roots));
        if (form.orgId() != null
                && access.can(Permission.USER_MANAGE, form.orgId())
                && nodes.stream().noneMatch(n -> n.id() == form.orgId())) {
            nodes.addAll(
                    0,
                    directory.nodeChoices(List.of(form.orgId())).stream()
                            .filter(n -> n.id() == form.orgId())
                            .toList());
        }
        model.addAttribute("form", form);
        model.addAttribute("nodes", nodes);
        model.addAttribute("roles", grantableRoles());
        model.addAttribute("error", error);
        return "access/user-new";
    }

    private String page(UserSummary user, String done, String oneTimePassword, String error, Model model) {
        boolean mayManage = guard.mayManage(user);
        model.addAttribute("user", user);
        model.addAttribute("done", done);
        model.addAttribute("oneTimePassword", oneTimePassword);
        model.addAttribute("error", error);
        model.addAttribute("mayManage", mayManage);
        model.addAttribute("mayChangeRoles", access.can(Permission.USER_MANAGE, user.orgId()));
        model.addAttribute("self", guard.isSelf(user));
        model.addAttribute("nodes", directory.nodeChoices(access.scopeRoots(Permission.USER_MANAGE)));
        model.addAttribute("roles", grantableRoles());
        model.addAttribute(
                "revocable",
                user.roles().stream()
                        .filter(r -> guard.mayHandle(r.role(), r.orgId()))
                        .toList());
        return "access/user";
    }

    /** The roles the current user may hand out somewhere, the most powerful last so it is never a default. */
    private List<Role> grantableRoles() {
        return Arrays.stream(Role.values())
                .filter(this::grantableSomewhere)
                .sorted(Comparator.comparing(r -> r == Role.ADMIN))
                .toList();
    }

    private boolean grantableSomewhere(Role role) {
        return role != Role.ADMIN
                || access.scopeRoots(Permission.USER_MANAGE).stream()
                        .anyMatch(n -> access.holdsRoleOver(Role.ADMIN, n));
    }

    private UserSummary user(long id) {
        return directory.find(id).orElseThrow(() -> DomainException.notFound("user.error.notFound", Long.toString(id)));
    }

    private static Role roleOrNull(String role) {
        try {
            return parseRole(role);
        } catch (DomainException e) {
            return null;
        }
    }

    private static Long number(String value) {
        try {
            return value == null || value.isBlank() ? null : Long.valueOf(value.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static Role parseRole(String role) {
        if (role == null || role.isBlank()) {
            return null;
        }
        try {
            return Role.valueOf(role.strip());
        } catch (IllegalArgumentException e) {
            throw new DomainException("user.error.role", role);
        }
    }
}
