package vn.daihoi.documents;

/**
 * A registered document's facts inside other modules' SQL: fragments {@code documents}, the owner of
 * {@code document}, writes so that only it names the table ({@code TableOwnershipTest}). A document a user opens
 * is read with {@link DocumentRegister#find}. {@code documentId} is an SQL expression of the caller's query.
 */
public final class DocumentSql {

    private DocumentSql() {}

    /** The document's symbol ("01-NQ/ĐH"). */
    public static String symbol(String documentId) {
        return "(select dd_.symbol from document dd_ where dd_.id = " + documentId + ")";
    }
}
