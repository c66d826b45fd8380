package vn.daihoi.counting;

import java.util.Set;

/** A category of people taken out of the base D, each allowed only for some kinds of meeting. */
public enum Exclusion {
    TEMPORARY_TRANSFER(Set.of(BaseKind.MEMBER_CONGRESS)),
    EXEMPT_ABSENT(Set.of(BaseKind.MEMBER_CONGRESS)),
    SUSPENDED(Set.of(BaseKind.MEMBER_CONGRESS, BaseKind.COMMITTEE_MEETING)),
    PROSECUTED(Set.of(BaseKind.MEMBER_CONGRESS, BaseKind.COMMITTEE_MEETING)),
    ABSENT_WITH_REASON(Set.of(BaseKind.MEMBER_CONGRESS)),
    EX_OFFICIO_ABSENT(Set.of(BaseKind.DELEGATE_CONGRESS)),
    DELEGATE_ABSENT_NO_ALTERNATE(Set.of(BaseKind.DELEGATE_CONGRESS));

    private final Set<BaseKind> kinds;

    Exclusion(Set<BaseKind> kinds) {
        this.kinds = kinds;
    }

    public boolean allowedFor(BaseKind kind) {
        return kinds.contains(kind);
    }

    /** The key of this code's one label ({@code i18n/codes}), for pages and papers alike. */
    public String labelKey() {
        return "code." + getDeclaringClass().getSimpleName() + "." + name();
    }
}
