package vn.daihoi.org.member;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.daihoi.access.AccessControl;
import vn.daihoi.access.Permission;
import vn.daihoi.org.MemberSituation;
import vn.daihoi.org.MemberStatus;
import vn.daihoi.org.Members;
import vn.daihoi.org.Members.MemberData;
import vn.daihoi.org.Sex;
import vn.daihoi.platform.Dates;
import vn.daihoi.platform.DomainException;
import vn.daihoi.platform.Downloads;
import vn.daihoi.platform.FormActions;
import vn.daihoi.platform.FormFeedback;

/** The member pages: search list, record with history, create, edit, transfer and export. */
@Controller
@RequestMapping("/members")
class MemberPageController {

    private final Members members;
    private final Placement placement;
    private final AccessControl access;
    private final MessageSource messages;
    private final FormActions actions;
    private final Clock clock;

    MemberPageController(
            Members members,
            Placement placement,
            AccessControl access,
            MessageSource messages,
            FormActions actions,
            Clock clock) {
        this.actions = actions;
        this.clock = clock;
        this.members = members;
        this.placement = placement;
        this.access = access;
        this.messages = messages;
    }

    @ModelAttribute
    void choices(Model model) {
        model.addAttribute("sexes", Sex.values());
        model.addAttribute("statuses", MemberStatus.values());
        model.addAttribute("situations", MemberSituation.values());
        model.addAttribute("dates", new DateFormat());
    }

    /** Lets templates write dates as dd/MM/yyyy: {@code ${dates.format(d)}}. */
    static final class DateFormat {
        public String format(java.time.LocalDate d) {
            return Dates.format(d);
        }
    }

    @GetMapping
    String list(
            @RequestParam(defaultValue = "") String q,
            @RequestParam(required = false) Long org,
            @RequestParam(defaultValue = "") String orgCode,
            @RequestParam(defaultValue = "0") int page,
            Model model) {
        access.requireSomewhere(Permission.MEMBER_VIEW);
        results(q, resolve(org, orgCode), page, model);
        model.addAttribute("orgCode", orgCode);
        return "member/list";
    }

    @GetMapping("/results")
    String results(
            @RequestParam(defaultValue = "") String q,
            @RequestParam(required = false) Long org,
            @RequestParam(defaultValue = "") String orgCode,
            @RequestParam(defaultValue = "0") int page,
            Model model) {
        access.requireSomewhere(Permission.MEMBER_VIEW);
        results(q, resolve(org, orgCode), page, model);
        return "member/list :: results";
    }

    private void results(String q, Long org, int page, Model model) {
        model.addAttribute("q", q);
        model.addAttribute("org", org);
        model.addAttribute("orgNode", org == null ? null : placement.byId(org));
        model.addAttribute("result", members.search(new Members.SearchQuery(q, org, page, 0)));
        model.addAttribute(
                "canImport", !access.scopeRoots(Permission.MEMBER_IMPORT).isEmpty());
        model.addAttribute("canExport", org != null && access.can(Permission.MEMBER_EXPORT, org));
    }

    private Long resolve(Long org, String orgCode) {
        if (org != null || orgCode == null || orgCode.isBlank()) {
            return org;
        }
        var node = placement.byCodes(java.util.List.of(orgCode.strip())).get(orgCode.strip());
        if (node == null) {
            throw DomainException.notFound("member.error.orgCodeUnknown", orgCode.strip());
        }
        return node.id();
    }

    @GetMapping("/{id}")
    String detail(@PathVariable long id, Model model) {
        Members.MemberDetail m = members.get(id);
        model.addAttribute("member", m);
        model.addAttribute(
                "canEdit", access.can(Permission.MEMBER_EDIT, m.data().orgId()));
        FormFeedback sent = typed(model, "member-edit-form");
        model.addAttribute("form", sent == null ? MemberForm.of(m.data(), m.version()) : MemberForm.of(sent));
        return "member/detail";
    }

    @PostMapping("/{id}")
    String update(
            @PathVariable long id,
            @RequestParam Map<String, String> form,
            HttpServletRequest request,
            RedirectAttributes redirect,
            Locale locale) {
        access.require(Permission.MEMBER_EDIT, members.get(id).data().orgId()); // access first: stays a 403
        return actions.submit(
                "member-edit-form", "/members/" + id, request, redirect, locale, "member.edit.saved", errors -> {
                    MemberData data = MemberForm.read(form, null, errors, LocalDate.now(clock));
                    Integer version = errors.parse("version", () -> number(form.get("version")));
                    errors.check();
                    members.update(id, version == null ? -1 : version, data);
                    return "/members/" + id + "?saved";
                });
    }

    @PostMapping("/{id}/move")
    String move(
            @PathVariable long id,
            @RequestParam Map<String, String> form,
            HttpServletRequest request,
            RedirectAttributes redirect,
            Locale locale) {
        access.require(Permission.MEMBER_EDIT, members.get(id).data().orgId());
        requireEditIfKnown(form.get("toCode"));
        return actions.submit(
                "member-move-form", "/members/" + id, request, redirect, locale, "member.move.done", errors -> {
                    errors.place("member.error.sameOrg", "toCode")
                            .place("member.error.orgClosed", "toCode")
                            .place("member.error.orgHoldsNoMembers", "toCode")
                            .place("member.error.moveInFuture", "validFrom")
                            .place("member.error.moveBeforeCurrent", "validFrom");
                    String code = errors.required("toCode", "member.move.to", form.get("toCode"));
                    Long to = code == null ? null : errors.parse("toCode", () -> resolve(null, code));
                    LocalDate from = errors.date("validFrom", "member.move.from", form.get("validFrom"), true);
                    String decisionNo =
                            errors.text("decisionNo", "member.move.decisionNo", form.get("decisionNo"), 100);
                    LocalDate decided =
                            errors.date("decisionDate", "member.move.decisionDate", form.get("decisionDate"), false);
                    errors.check();
                    members.move(id, new Members.Transfer(to, from, decisionNo == null ? "" : decisionNo, decided));
                    return "/members/" + id + "?moved";
                });
    }

    @GetMapping("/new")
    String newForm(@RequestParam(defaultValue = "") String orgCode, Model model) {
        access.requireSomewhere(Permission.MEMBER_EDIT);
        FormFeedback sent = typed(model, "member-new-form");
        model.addAttribute("form", sent == null ? MemberForm.empty() : MemberForm.of(sent));
        model.addAttribute("orgCode", orgCode);
        return "member/new";
    }

    @PostMapping
    String create(
            @RequestParam Map<String, String> form,
            HttpServletRequest request,
            RedirectAttributes redirect,
            Locale locale) {
        access.requireSomewhere(Permission.MEMBER_EDIT);
        requireEditIfKnown(form.get("orgCode")); // access first: another unit's code stays a 403
        return actions.submit(
                "member-new-form", "/members/new", request, redirect, locale, "member.new.title", errors -> {
                    errors.place("member.error.orgClosed", "orgCode")
                            .place("member.error.orgHoldsNoMembers", "orgCode")
                            .place("member.error.duplicate", "nationalId");
                    String code = errors.required("orgCode", "member.field.org", form.get("orgCode"));
                    Long org = code == null ? null : errors.parse("orgCode", () -> resolve(null, code));
                    MemberData data = MemberForm.read(form, org, errors, LocalDate.now(clock));
                    errors.check();
                    long id = members.create(data);
                    return "/members/" + id + "?created";
                });
    }

    /** A unit code that exists must be one the user may edit (a 403 before any form error). */
    private void requireEditIfKnown(String code) {
        if (code != null && !code.isBlank()) {
            var node = placement.byCodes(java.util.List.of(code.strip())).get(code.strip());
            if (node != null) {
                access.require(Permission.MEMBER_EDIT, node.id());
            }
        }
    }

    /** The flashed feedback of form {@code id} when it was just refused, else {@code null}. */
    private static FormFeedback typed(Model model, String id) {
        return model.getAttribute("formErrors") instanceof FormFeedback sent ? sent.in(id) : null;
    }

    private static Integer number(String text) {
        try {
            return text == null || text.isBlank() ? null : Integer.valueOf(text.strip());
        } catch (NumberFormatException e) {
            throw new DomainException("error.badRequest");
        }
    }

    @GetMapping("/export")
    void export(@RequestParam long org, HttpServletResponse response) throws IOException {
        access.require(Permission.MEMBER_EXPORT, org);
        Placement.Node node = placement.byId(org);
        Downloads.attach(response, Downloads.XLSX, "dang-vien-" + node.code() + ".xlsx");
        members.exportXlsx(org, response.getOutputStream());
    }
}
