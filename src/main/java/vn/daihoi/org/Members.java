package vn.daihoi.org;

import java.io.OutputStream;
import java.time.LocalDate;
import java.util.List;

/**
 * Party members: search, read, create, edit and move between cells, export. Every call checks the
 * current user's permissions on the nodes involved (MEMBER_VIEW, MEMBER_EDIT, MEMBER_EXPORT), keeps
 * the member counts of the tree in step and writes the audit log.
 */
public interface Members {

    /** Results per page of a search unless the caller asks otherwise. */
    int DEFAULT_PAGE_SIZE = 50;

    /**
     * Accent-insensitive search in the user's MEMBER_VIEW scope, optionally within node {@code orgId},
     * in Vietnamese name order. A query of fewer than two letters lists the members without filtering.
     */
    Page<MemberSummary> search(SearchQuery query);

    /** One member's record with the history of cells; 404 when unknown, 403 when outside scope. */
    MemberDetail get(long id);

    /** Creates a member in {@code data.orgId()} (MEMBER_EDIT there); returns the new id. */
    long create(MemberData data);

    /** Edits a member's record (not the cell: see {@link #move}); {@code version} guards lost updates. */
    void update(long id, int version, MemberData data);

    /** Moves a member to another cell from a date, closing the current assignment. */
    void move(long id, Transfer transfer);

    /** Writes the members of node {@code orgId}'s subtree as XLSX in the import layout (MEMBER_EXPORT). */
    void exportXlsx(long orgId, OutputStream out);

    record SearchQuery(String text, Long orgId, int page, int size) {
        public SearchQuery {
            page = Math.max(page, 0);
            size = size <= 0 ? DEFAULT_PAGE_SIZE : Math.min(size, 200);
        }
    }

    record Page<T>(List<T> items, int page, int size, boolean hasNext) {}

    record MemberSummary(
            long id,
            String fullName,
            Sex sex,
            LocalDate birthDate,
            MemberStatus status,
            MemberSituation situation,
            long orgId,
            String orgCode,
            String orgName) {}

    /** What a user enters for a member; names are cleaned (NFC, single spaces) on the way in. */
    record MemberData(
            String familyName,
            String middleName,
            String givenName,
            String manualSortKey,
            Sex sex,
            LocalDate birthDate,
            String ethnicity,
            String religion,
            String nationalId,
            String phone,
            String partyCardNo,
            LocalDate admissionDate,
            LocalDate officialDate,
            MemberStatus status,
            MemberSituation situation,
            Long orgId) {}

    record MemberDetail(
            long id,
            int version,
            String fullName,
            MemberData data,
            String orgCode,
            String orgName,
            List<Assignment> assignments) {}

    /** A period in which the member belonged to a node (validTo exclusive, null = current). */
    record Assignment(
            long orgId,
            String orgCode,
            String orgName,
            LocalDate validFrom,
            LocalDate validTo,
            String reason,
            String decisionNo,
            LocalDate decisionDate) {}

    record Transfer(long toOrgId, LocalDate validFrom, String decisionNo, LocalDate decisionDate) {}
}
