package vn.daihoi.org;

import java.time.LocalDate;

/**
 * One node as it was during one period (a version): its name, level, type, parent and direct superior
 * ({@code superiorId} null means the parent is the direct superior). {@code validTo} is exclusive, null
 * while the version is still valid.
 */
public record OrgNode(
        long id,
        String code,
        String name,
        String shortName,
        OrgLevel level,
        UnitType unitType,
        String issuerSymbol,
        Long parentId,
        Long superiorId,
        boolean pilot,
        String pilotBasis,
        LocalDate validFrom,
        LocalDate validTo,
        String endKind) {

    /** Whether the node has been closed (merged away or dissolved) by the end of this version. */
    public boolean closed() {
        return endKind != null;
    }

    /** The direct superior: the explicit one, else the parent. */
    public Long directSuperiorId() {
        return superiorId != null ? superiorId : parentId;
    }
}
