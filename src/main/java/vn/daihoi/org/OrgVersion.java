package vn.daihoi.org;

import java.time.LocalDate;

/** A row of a node's history: one version with the change that opened it and, if any, the one that closed the node. */
public record OrgVersion(
        long versionId,
        LocalDate validFrom,
        LocalDate validTo,
        String name,
        OrgLevel level,
        UnitType unitType,
        String issuerSymbol,
        Long parentId,
        String parentName,
        Long superiorId,
        boolean pilot,
        String pilotBasis,
        String changeKind,
        String decisionNo,
        LocalDate decisionDate,
        String note,
        String endKind,
        String endDecisionNo,
        LocalDate endDecisionDate,
        String endNote) {}
