package vn.daihoi.documents.internal;

import java.time.LocalDate;
import vn.daihoi.documents.DocumentType;

/**
 * A register search: documents issued in {@code issuerSubtree} (any visible issuer when null), of a type,
 * a term, between two dates (inclusive), whose symbol or subject contains {@code text} (ignoring case and
 * diacritics). Pages start at 0.
 */
public record DocumentQuery(
        Long issuerSubtree,
        DocumentType type,
        String term,
        LocalDate from,
        LocalDate to,
        String text,
        int page,
        int size) {

    public DocumentQuery {
        page = Math.max(0, page);
        size = size <= 0 ? 50 : Math.min(size, 200);
    }

    public static DocumentQuery all() {
        return new DocumentQuery(null, null, null, null, null, null, 0, 50);
    }
}
