package vn.daihoi.org.member;

import java.io.IOException;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import vn.daihoi.access.AccessControl;
import vn.daihoi.access.Permission;
import vn.daihoi.files.HeavyUploads;
import vn.daihoi.org.MemberImport;
import vn.daihoi.platform.Downloads;

/** The import page: upload form, then either the count imported or the table of every bad row. */
@Controller
@RequestMapping("/members/import")
class MemberImportController {

    /** The page lists this many problems; the API returns them all. */
    static final int SHOWN_PROBLEMS = 2000;

    private final MemberImport imports;
    private final AccessControl access;
    private final HeavyUploads uploads;

    MemberImportController(MemberImport imports, AccessControl access, HeavyUploads uploads) {
        this.imports = imports;
        this.access = access;
        this.uploads = uploads;
    }

    @GetMapping
    String form() {
        access.requireSomewhere(Permission.MEMBER_IMPORT);
        return "member/import";
    }

    @PostMapping
    String upload(@RequestParam(name = "file", required = false) MultipartFile file, Model model) throws IOException {
        access.requireSomewhere(Permission.MEMBER_IMPORT);
        if (file == null || file.isEmpty()) {
            model.addAttribute("noFile", true);
            return "member/import";
        }
        // One of the few heavy jobs this node runs at once (503 when all are taken).
        MemberImport.Report report = uploads.run(() -> imports.importFile(file.getOriginalFilename(), file.getBytes()));
        model.addAttribute("report", report);
        model.addAttribute(
                "shown",
                report.problems()
                        .subList(0, Math.min(SHOWN_PROBLEMS, report.problems().size())));
        model.addAttribute("hidden", Math.max(0, report.problems().size() - SHOWN_PROBLEMS));
        return "member/import";
    }

    @GetMapping("/template.xlsx")
    ResponseEntity<byte[]> template() {
        access.requireSomewhere(Permission.MEMBER_IMPORT);
        return Downloads.xlsx("mau-nhap-dang-vien.xlsx", imports.templateXlsx());
    }
}
