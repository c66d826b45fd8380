package vn.daihoi.dossier;

import java.time.LocalDate;

/** A dossier declared ready, waiting for (or holding) a place on its superior's approval calendar. */
public record ReadyDossier(
        long caseId,
        long orgId,
        String orgName,
        String term,
        LocalDate plannedOn,
        LocalDate windowTo,
        String followerName,
        boolean scheduled) {}
