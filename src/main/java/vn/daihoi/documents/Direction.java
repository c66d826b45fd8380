package vn.daihoi.documents;

/** Whether the register numbered the document (issued by us) or recorded one received from another issuer. */
public enum Direction {
    OUTGOING,
    INCOMING;

    public String labelKey() {
        return "documents.direction." + name();
    }
}
