package vn.daihoi.season;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import vn.daihoi.org.OrgLevel;

/** The congress of one unit for one term, as it stands. */
public record CongressCase(
        long id,
        long orgId,
        String orgCode,
        String orgName,
        String term,
        OrgLevel level,
        CongressState state,
        CongressState resumeState,
        String kind,
        boolean pilot,
        boolean directSecretary,
        boolean twoContent,
        Long planId,
        LocalDate windowFrom,
        LocalDate windowTo,
        BigDecimal maxDays,
        LocalDate plannedOn,
        LocalDate openedOn,
        LocalDate closedOn,
        LocalDate reportedOn,
        LocalDate confirmedOn,
        LocalDate dueOn,
        Long followerUserId,
        String followerName,
        Integer delegateQuota,
        LocalDate postponedTo,
        String stateReason,
        Instant stateChangedAt,
        int version) {}
