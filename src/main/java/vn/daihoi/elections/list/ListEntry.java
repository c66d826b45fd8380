package vn.daihoi.elections.list;

import java.time.LocalDate;

/**
 * One name put forward for a round's list. {@code source} PROPOSAL (the convening committee's list), SELF (tự
 * ứng cử) or FLOOR (đề cử, {@code nominatedBy} who); {@code status} LISTED, PENDING (waiting for the opinion
 * ballot), OPINION (on an opinion ballot not yet released), NOT_ADMITTED or WITHDRAWN; {@code opinionAgree} the
 * agree votes of its opinion ballot once released.
 */
public record ListEntry(
        long id,
        Long memberId,
        String fullName,
        LocalDate birthDate,
        String source,
        String nominatedBy,
        Long nominatedByMember,
        String status,
        String sortKey,
        Long opinionRoundId,
        Integer opinionPosition,
        Integer opinionAgree) {}
