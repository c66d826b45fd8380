package vn.daihoi.documents.web;

import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Component;
import vn.daihoi.documents.Direction;
import vn.daihoi.documents.DocumentRegister;
import vn.daihoi.documents.DocumentType;
import vn.daihoi.documents.IssuingOrgan;
import vn.daihoi.documents.NewDocument;
import vn.daihoi.org.OrgTree;
import vn.daihoi.platform.Dates;
import vn.daihoi.platform.DomainException;

/** Reads typed values (page forms and JSON alike) into a {@link NewDocument}, refusing the first bad field. */
@Component
class DocumentFormReader {

    private final OrgTree tree;
    private final DocumentRegister register;

    DocumentFormReader(OrgTree tree, DocumentRegister register) {
        this.tree = tree;
        this.register = register;
    }

    NewDocument read(DocumentForm f, long issuerId, Long registrarId, NewDocument.Attachment file) {
        LocalDate date = date("Ngày ban hành", f.issuedOn());
        DocumentType type = type(f.type());
        IssuingOrgan organ = organ(f.organ());
        Direction direction = blank(f.direction()) ? Direction.OUTGOING : direction(f.direction());
        Integer number = blank(f.number()) ? null : integer("Số", f.number());
        Long congress = blank(f.congressCaseId()) ? null : (long) integer("Mã đại hội", f.congressCaseId());
        List<Long> implemented = blank(f.implementsRef())
                ? List.of()
                : List.of(register.documentReferredTo(f.implementsRef(), date, issuerId));
        return new NewDocument(
                issuerId,
                registrarId,
                organ,
                f.organName(),
                type,
                number,
                congress,
                date,
                f.place(),
                f.subject(),
                f.body(),
                f.signingAuthority(),
                f.signerTitle(),
                f.signerName(),
                f.recipients(),
                direction,
                implemented,
                file);
    }

    long orgOfCode(String field, String code) {
        if (blank(code)) {
            throw new DomainException("error.required", field);
        }
        return tree.idOfCode(code.strip())
                .orElseThrow(() -> new DomainException("documents.error.orgCodeUnknown", code.strip()));
    }

    static LocalDate date(String field, String text) {
        if (blank(text)) {
            throw new DomainException("error.required", field);
        }
        return Dates.parse(text).orElseThrow(() -> new DomainException("form.error.date", field, text.strip()));
    }

    static DocumentType type(String text) {
        if (blank(text)) {
            throw new DomainException("error.required", "Thể loại");
        }
        try {
            return DocumentType.valueOf(text.strip());
        } catch (IllegalArgumentException e) {
            throw new DomainException("documents.error.typeUnknown", text.strip());
        }
    }

    static IssuingOrgan organ(String text) {
        if (blank(text)) {
            throw new DomainException("error.required", "Cơ quan ban hành");
        }
        try {
            return IssuingOrgan.valueOf(text.strip());
        } catch (IllegalArgumentException e) {
            throw new DomainException("documents.error.organUnknown", text.strip());
        }
    }

    static Direction direction(String text) {
        try {
            return Direction.valueOf(text.strip());
        } catch (IllegalArgumentException e) {
            throw new DomainException("documents.error.directionUnknown", text.strip());
        }
    }

    static int integer(String field, String text) {
        try {
            return Integer.parseInt(text.strip());
        } catch (NumberFormatException e) {
            throw new DomainException("documents.error.numberField", field, text.strip());
        }
    }

    static long id(String field, String text) {
        try {
            return Long.parseLong(text.strip());
        } catch (NumberFormatException e) {
            throw new DomainException("documents.error.numberField", field, text.strip());
        }
    }

    static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
