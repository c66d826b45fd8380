package vn.daihoi.personnel.web;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.daihoi.org.Members;
import vn.daihoi.personnel.Candidate;
import vn.daihoi.personnel.PersonnelBody;
import vn.daihoi.personnel.PersonnelProposals;
import vn.daihoi.personnel.PersonnelRequests;
import vn.daihoi.personnel.Proposal;
import vn.daihoi.personnel.ProposalReader;
import vn.daihoi.platform.DomainException;
import vn.daihoi.platform.Downloads;
import vn.daihoi.platform.FormActions;

/**
 * The personnel proposal page of a congress case. Each form posts, and the page comes back with a notice or
 * the Vietnamese reason a change was refused (nothing of a refused change is kept).
 */
@Controller
class PersonnelPageController {

    private final ProposalReader reader;
    private final PersonnelProposals proposals;
    private final Members members;
    private final FormActions actions;

    PersonnelPageController(ProposalReader reader, PersonnelProposals proposals, Members members, FormActions actions) {
        this.reader = reader;
        this.proposals = proposals;
        this.members = members;
        this.actions = actions;
    }

    @GetMapping("/congresses/{id}/personnel")
    String show(@PathVariable long id, Model model) {
        Proposal p = reader.view(id);
        model.addAttribute("p", p);
        model.addAttribute("c", p.congress());
        model.addAttribute("bodies", PersonnelBody.values());
        model.addAttribute("kinds", Candidate.Kind.values());
        model.addAttribute("candidacyKinds", Proposal.CandidacyKind.values());
        return "personnel/proposal";
    }

    /** Members of the case's unit matching the text, to pick a candidate from (an htmx fragment). */
    @GetMapping("/congresses/{id}/personnel/members")
    String memberChoices(@PathVariable long id, @RequestParam(defaultValue = "") String q, Model model) {
        Proposal p = reader.view(id);
        model.addAttribute(
                "found",
                members.search(new Members.SearchQuery(q, p.congress().orgId(), 0, 20))
                        .items());
        return "personnel/member-choices :: choices";
    }

    @PostMapping("/congresses/{id}/personnel/bodies")
    String setBody(
            @PathVariable long id,
            @RequestParam Map<String, String> form,
            HttpServletRequest request,
            Locale locale,
            RedirectAttributes redirect) {
        return submit("body-form", id, request, locale, redirect, "personnel.saved.body", errors -> {
            errors.place("personnel.error.body", "body")
                    .place("personnel.error.seats", "seats")
                    .place("personnel.error.category", "structure")
                    .place("personnel.error.categorySeats", "structure")
                    .place("personnel.error.categoryTwice", "structure")
                    .place("personnel.error.structureSum", "structure")
                    .place("personnel.error.structureLine", "structure");
            var body = errors.parse("body", () -> body(form.get("body")));
            if (form.get("body") == null || form.get("body").isBlank()) {
                errors.reject("body", "personnel.error.body");
            }
            Integer seats =
                    errors.parse("seats", () -> number(errors.required("seats", "personnel.seats", form.get("seats"))));
            Map<String, Integer> structure = errors.parse("structure", () -> structure(form.get("structure")));
            errors.check();
            proposals.setBody(id, new PersonnelRequests.SetBody(body, seats, structure));
            return null;
        });
    }

    @PostMapping("/congresses/{id}/personnel/candidates")
    String addCandidate(
            @PathVariable long id,
            @RequestParam Map<String, String> form,
            HttpServletRequest request,
            Locale locale,
            RedirectAttributes redirect) {
        return submit("candidate-form", id, request, locale, redirect, "personnel.saved.candidate", errors -> {
            errors.place("personnel.error.body", "body")
                    .place("personnel.error.member", "memberId")
                    .place("personnel.error.candidateTwice", "memberId")
                    .place("personnel.error.tooLong", "position");
            var body = errors.parse("body", () -> body(form.get("body")));
            Long member = errors.parse("memberId", () -> id(form.get("memberId")));
            if (form.get("memberId") == null || form.get("memberId").isBlank()) {
                errors.reject("memberId", "personnel.error.member");
            }
            String education = errors.text("education", "personnel.education", form.get("education"), 500);
            String position = errors.text("position", "personnel.position", form.get("position"), 500);
            errors.check();
            proposals.addCandidate(
                    id,
                    new PersonnelRequests.AddCandidate(
                            body,
                            member,
                            form.containsKey("firstTime"),
                            form.containsKey("scienceCadre"),
                            education,
                            position));
            return null;
        });
    }

    @PostMapping("/congresses/{id}/personnel/bodies/remove")
    String removeBody(
            @PathVariable long id, @RequestParam Map<String, String> form, Locale locale, RedirectAttributes redirect) {
        return apply(
                id,
                locale,
                redirect,
                "personnel.saved.bodyRemoved",
                () -> proposals.removeBody(id, body(form.get("body"))));
    }

    @PostMapping("/congresses/{id}/personnel/candidates/remove")
    String removeCandidate(
            @PathVariable long id, @RequestParam Map<String, String> form, Locale locale, RedirectAttributes redirect) {
        return apply(
                id,
                locale,
                redirect,
                "personnel.saved.removed",
                () -> proposals.removeCandidate(id, id(form.get("candidateId"))));
    }

    @PostMapping("/congresses/{id}/personnel/documents")
    String attach(
            @PathVariable long id,
            @RequestParam Map<String, String> form,
            @RequestParam(required = false) MultipartFile file,
            HttpServletRequest request,
            Locale locale,
            RedirectAttributes redirect) {
        return submit("document-form", id, request, locale, redirect, "personnel.saved.document", errors -> {
            errors.place("personnel.error.candidate", "candidateId")
                    .place("personnel.error.upload", "file")
                    .place("files.error.uploadEmpty", "file")
                    .place("files.error.uploadTooLarge", "file")
                    .place("files.error.uploadType", "file");
            Long candidate = errors.parse("candidateId", () -> id(form.get("candidateId")));
            if (form.get("candidateId") == null || form.get("candidateId").isBlank()) {
                errors.reject("candidateId", "personnel.error.candidate", "");
            }
            Candidate.Kind kind = errors.parse("kind", () -> kind(form.get("kind")));
            byte[] bytes = errors.parse("file", () -> bytes(file));
            errors.check();
            proposals.attachDocument(id, candidate, kind, file == null ? null : file.getOriginalFilename(), bytes);
            return null;
        });
    }

    private static byte[] bytes(MultipartFile file) {
        try {
            return file == null ? new byte[0] : file.getBytes();
        } catch (IOException e) {
            throw new DomainException("personnel.error.upload");
        }
    }

    @PostMapping("/congresses/{id}/personnel/candidacies")
    String fileCandidacy(
            @PathVariable long id,
            @RequestParam Map<String, String> form,
            HttpServletRequest request,
            Locale locale,
            RedirectAttributes redirect) {
        return submit("candidacy-form", id, request, locale, redirect, "personnel.saved.candidacy", errors -> {
            errors.place("personnel.error.body", "body")
                    .place("personnel.error.member", "memberId")
                    .place("personnel.error.candidacyKind", "kind")
                    .place("personnel.error.nominatedBy", "nominatedBy")
                    .place("personnel.error.filedInFuture", "filedOn")
                    .place("personnel.error.candidacyLate", "filedOn");
            var body = errors.parse("body", () -> body(form.get("body")));
            var kind = errors.parse("kind", () -> candidacyKind(form.get("kind")));
            Long member = errors.parse("memberId", () -> id(form.get("memberId")));
            if (form.get("memberId") == null || form.get("memberId").isBlank()) {
                errors.reject("memberId", "personnel.error.member");
            }
            String nominatedBy = errors.text("nominatedBy", "personnel.nominatedBy", form.get("nominatedBy"), 500);
            LocalDate filedOn = errors.date("filedOn", "personnel.filedOn", form.get("filedOn"), false);
            errors.check();
            proposals.fileCandidacy(id, new PersonnelRequests.FileCandidacy(body, member, kind, nominatedBy, filedOn));
            return null;
        });
    }

    /** A candidate's paper, served only after its checksum is verified. */
    @GetMapping("/congresses/{id}/personnel/document")
    ResponseEntity<byte[]> document(@PathVariable long id, @RequestParam(required = false) Long file) {
        ProposalReader.Download d = reader.document(id, file);
        return Downloads.file(d.file().filename(), d.file().contentType(), d.bytes());
    }

    /** Runs a form of the proposal page in the one form pattern (errors beside their fields, input kept). */
    private String submit(
            String formId,
            long id,
            HttpServletRequest request,
            Locale locale,
            RedirectAttributes redirect,
            String notice,
            FormActions.FormChange change) {
        proposals.requireEditable(id);
        return actions.submit(formId, "/congresses/" + id + "/personnel", request, redirect, locale, notice, change);
    }

    /** Runs a change; a refused one comes back as the page's error, a done one as its notice. */
    private String apply(long id, Locale locale, RedirectAttributes redirect, String notice, Runnable change) {
        return actions.run("/congresses/" + id + "/personnel", redirect, locale, notice, change);
    }

    static PersonnelBody body(String s) {
        return parseEnum(PersonnelBody.class, s);
    }

    static Candidate.Kind kind(String s) {
        return parseEnum(Candidate.Kind.class, s);
    }

    static Proposal.CandidacyKind candidacyKind(String s) {
        return parseEnum(Proposal.CandidacyKind.class, s);
    }

    private static <E extends Enum<E>> E parseEnum(Class<E> type, String s) {
        if (s == null || s.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, s.strip());
        } catch (IllegalArgumentException e) {
            throw new DomainException("personnel.error.code", s.strip());
        }
    }

    static Integer number(String s) {
        if (s == null || s.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(s.strip());
        } catch (NumberFormatException e) {
            throw new DomainException("personnel.error.number", s.strip());
        }
    }

    static Long id(String s) {
        if (s == null || s.isBlank()) {
            return null;
        }
        try {
            return Long.valueOf(s.strip());
        } catch (NumberFormatException e) {
            throw new DomainException("personnel.error.number", s.strip());
        }
    }

    /** One category a line, "category: seats" (the last colon separates); blank lines ignored. */
    static Map<String, Integer> structure(String text) {
        if (text == null) {
            return null;
        }
        Map<String, Integer> out = new LinkedHashMap<>();
        for (String line : text.split("\\R")) {
            if (line.isBlank()) {
                continue;
            }
            int colon = line.lastIndexOf(':');
            if (colon < 0) {
                throw new DomainException("personnel.error.structureLine", line.strip());
            }
            String category = line.substring(0, colon).strip();
            if (out.containsKey(category)) {
                throw new DomainException("personnel.error.categoryTwice", category);
            }
            out.put(category, number(line.substring(colon + 1)));
        }
        return out;
    }
}
