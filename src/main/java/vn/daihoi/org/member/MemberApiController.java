package vn.daihoi.org.member;

import java.io.IOException;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import vn.daihoi.access.AccessControl;
import vn.daihoi.access.Permission;
import vn.daihoi.files.HeavyUploads;
import vn.daihoi.org.MemberImport;
import vn.daihoi.org.Members;
import vn.daihoi.platform.DomainException;

/** JSON for scripts and other systems: search, one record, import. Scoped like the pages. */
@RestController
@RequestMapping("/api/members")
class MemberApiController {

    private final Members members;
    private final MemberImport imports;
    private final AccessControl access;
    private final HeavyUploads uploads;

    MemberApiController(Members members, MemberImport imports, AccessControl access, HeavyUploads uploads) {
        this.members = members;
        this.imports = imports;
        this.access = access;
        this.uploads = uploads;
    }

    /** A page of search results. */
    record SearchResponse(List<Members.MemberSummary> items, int page, int size, boolean hasNext) {}

    @GetMapping
    SearchResponse search(
            @RequestParam(defaultValue = "") String q,
            @RequestParam(required = false) Long org,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "0") int size) {
        access.requireSomewhere(Permission.MEMBER_VIEW);
        Members.Page<Members.MemberSummary> p = members.search(new Members.SearchQuery(q, org, page, size));
        return new SearchResponse(p.items(), p.page(), p.size(), p.hasNext());
    }

    @GetMapping("/{id}")
    Members.MemberDetail get(@PathVariable long id) {
        return members.get(id);
    }

    /** Multipart with a part {@code file}. The permission is checked before the body is looked at. */
    @PostMapping("/import")
    ResponseEntity<MemberImport.Report> importFile(@RequestPart(name = "file", required = false) MultipartFile file)
            throws IOException {
        access.requireSomewhere(Permission.MEMBER_IMPORT);
        if (file == null) {
            throw new DomainException("member.import.noFile");
        }
        // One of the few heavy jobs this node runs at once (503 when all are taken).
        MemberImport.Report report = uploads.run(() -> imports.importFile(file.getOriginalFilename(), file.getBytes()));
        // 422: the file was understood but refused; the body lists every problem.
        return ResponseEntity.status(report.ok() ? HttpStatus.OK : HttpStatus.UNPROCESSABLE_CONTENT)
                .body(report);
    }
}
