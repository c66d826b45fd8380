package vn.daihoi.access;

import static vn.daihoi.access.Permission.*;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** Roles as the Party offices know them, each a fixed set of permissions. */
public enum Role {
    /** System administrator: everything. */
    ADMIN(EnumSet.allOf(Permission.class)),
    /** Văn phòng cấp ủy: the tree, members, users and the log of its subtree. */
    COMMITTEE_OFFICE(EnumSet.of(
            ORG_VIEW,
            ORG_EDIT,
            ORG_RESTRUCTURE,
            MEMBER_VIEW,
            MEMBER_EDIT,
            MEMBER_IMPORT,
            MEMBER_EXPORT,
            USER_VIEW,
            USER_MANAGE,
            AUDIT_VIEW,
            AUDIT_VERIFY,
            DOCUMENT_VIEW,
            DOCUMENT_ISSUE,
            RULEBOOK_VIEW,
            CONGRESS_VIEW,
            CONGRESS_MANAGE,
            CONGRESS_APPROVE,
            PLAN_ISSUE,
            DRAFT_VIEW,
            DRAFT_EDIT,
            DRAFT_COMMENT,
            PERSONNEL_VIEW,
            PERSONNEL_EDIT,
            CONGRESS_DAY_RUN,
            BALLOT_ENTER)),
    /** Ban tổ chức: member records. */
    ORGANIZATION_BOARD(EnumSet.of(
            ORG_VIEW,
            MEMBER_VIEW,
            MEMBER_EDIT,
            MEMBER_IMPORT,
            MEMBER_EXPORT,
            USER_VIEW,
            DOCUMENT_VIEW,
            RULEBOOK_VIEW,
            CONGRESS_VIEW,
            CONGRESS_APPROVE,
            DRAFT_VIEW,
            DRAFT_COMMENT,
            PERSONNEL_VIEW,
            PERSONNEL_EDIT)),
    /** Bí thư chi bộ: the cell and its members. */
    CELL_SECRETARY(EnumSet.of(
            ORG_VIEW,
            MEMBER_VIEW,
            MEMBER_EDIT,
            MEMBER_EXPORT,
            DOCUMENT_VIEW,
            RULEBOOK_VIEW,
            CONGRESS_VIEW,
            CONGRESS_MANAGE,
            DRAFT_VIEW,
            DRAFT_EDIT,
            DRAFT_COMMENT,
            PERSONNEL_VIEW,
            PERSONNEL_EDIT,
            CONGRESS_DAY_RUN,
            BALLOT_ENTER)),
    /** Tổ kiểm phiếu: a counting team member or the technician beside it keys ballots, nothing else. */
    COUNTING_CLERK(EnumSet.of(CONGRESS_VIEW, BALLOT_ENTER)),
    /** Read-only access: sees the tree, members, documents, congresses, drafts; changes nothing (no comments). */
    VIEWER(EnumSet.of(ORG_VIEW, MEMBER_VIEW, DOCUMENT_VIEW, RULEBOOK_VIEW, CONGRESS_VIEW, DRAFT_VIEW, PERSONNEL_VIEW)),
    /** Kiểm tra: reads and verifies the audit log. */
    AUDITOR(EnumSet.of(ORG_VIEW, AUDIT_VIEW, AUDIT_VERIFY)),
    /**
     * Đảng viên: comments on the drafts published to their cell when the publication is open to members, and
     * sees their own comments only (no DRAFT_VIEW, which would show the unit's pile).
     */
    PARTY_MEMBER(EnumSet.of(DRAFT_COMMENT));

    private final Set<Permission> permissions;

    Role(Set<Permission> permissions) {
        this.permissions = Set.copyOf(permissions);
    }

    public Set<Permission> permissions() {
        return permissions;
    }

    public boolean grants(Permission permission) {
        return permissions.contains(permission);
    }

    public static List<Role> granting(Permission permission) {
        return Arrays.stream(values()).filter(r -> r.grants(permission)).toList();
    }

    public String labelKey() {
        return "role." + name();
    }
}
