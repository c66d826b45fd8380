package vn.daihoi.roll;

import java.util.List;

/**
 * SPI: who stands on a list still being voted on at the congress (implemented by the elections module, which
 * depends on this one). Elections.md §6: nobody on such a list may be chosen for the counting committee.
 */
public interface CandidateLists {

    /** A person on the roll: the member record when there is one, and the full name. */
    record Person(Long memberId, String fullName) {}

    /** The full names of those among {@code people} who stand on a list of the congress not yet released. */
    List<String> standing(long caseId, List<Person> people);
}
