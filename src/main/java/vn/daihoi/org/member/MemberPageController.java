package vn.daihoi.org.member;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.daihoi.access.AccessControl;
import vn.daihoi.access.Permission;
import vn.daihoi.org.MemberSituation;
import vn.daihoi.org.MemberStatus;
import vn.daihoi.org.Members;
import vn.daihoi.org.Sex;
import vn.daihoi.platform.Dates;
import vn.daihoi.platform.DomainException;

/** The member pages: search list, record with history, create, edit, transfer and export. */
@Controller
@RequestMapping("/members")
class MemberPageController {

    private final Members members;
    private final Placement placement;
    private final AccessControl access;
    private final MessageSource messages;

    MemberPageController(Members members, Placement placement, AccessControl access, MessageSource messages) {
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
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", MemberForm.of(m.data(), m.version()));
        }
        return "member/detail";
    }

    @PostMapping("/{id}")
    String update(@PathVariable long id, @ModelAttribute("form") MemberForm form, Model model) {
        try {
            members.update(id, form.version() == null ? -1 : form.version(), form.toData(null));
        } catch (DomainException e) {
            model.addAttribute("error", text(e));
            return detail(id, model);
        }
        return "redirect:/members/" + id + "?saved";
    }

    @PostMapping("/{id}/move")
    String move(
            @PathVariable long id,
            @RequestParam(defaultValue = "") String toCode,
            @RequestParam(defaultValue = "") String validFrom,
            @RequestParam(defaultValue = "") String decisionNo,
            @RequestParam(defaultValue = "") String decisionDate,
            Model model) {
        try {
            Long to = resolve(null, toCode);
            if (to == null) {
                throw new DomainException("error.required", "Mã chi bộ");
            }
            members.move(
                    id,
                    new Members.Transfer(
                            to,
                            parse("Từ ngày", validFrom),
                            decisionNo,
                            decisionDate.isBlank() ? null : parse("Ngày quyết định", decisionDate)));
        } catch (DomainException e) {
            model.addAttribute("moveError", text(e));
            return detail(id, model);
        }
        return "redirect:/members/" + id + "?moved";
    }

    @GetMapping("/new")
    String newForm(@RequestParam(defaultValue = "") String orgCode, Model model) {
        access.requireSomewhere(Permission.MEMBER_EDIT);
        model.addAttribute("form", MemberForm.empty());
        model.addAttribute("orgCode", orgCode);
        return "member/new";
    }

    @PostMapping
    String create(
            @ModelAttribute("form") MemberForm form, @RequestParam(defaultValue = "") String orgCode, Model model) {
        access.requireSomewhere(Permission.MEMBER_EDIT);
        try {
            Long org = resolve(null, orgCode);
            long id = members.create(form.toData(org));
            return "redirect:/members/" + id + "?created";
        } catch (DomainException e) {
            model.addAttribute("error", text(e));
            model.addAttribute("orgCode", orgCode);
            return "member/new";
        }
    }

    @GetMapping("/export")
    void export(@RequestParam long org, HttpServletResponse response) throws IOException {
        access.require(Permission.MEMBER_EXPORT, org);
        Placement.Node node = placement.byId(org);
        response.setContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        response.setHeader(
                "Content-Disposition",
                ContentDisposition.attachment()
                        .filename("dang-vien-" + node.code() + ".xlsx", StandardCharsets.UTF_8)
                        .build()
                        .toString());
        members.exportXlsx(org, response.getOutputStream());
    }

    private static java.time.LocalDate parse(String field, String text) {
        if (text == null || text.isBlank()) {
            throw new DomainException("error.required", field);
        }
        return Dates.parse(text).orElseThrow(() -> new DomainException("member.error.dateField", field, text));
    }

    private String text(DomainException e) {
        Locale locale = UserLocale.current();
        return messages.getMessage(e, locale);
    }
}
