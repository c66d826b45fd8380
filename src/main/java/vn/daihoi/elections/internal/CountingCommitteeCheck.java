package vn.daihoi.elections.internal;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;
import vn.daihoi.elections.NewElection.ListedName;
import vn.daihoi.names.PersonName;
import vn.daihoi.platform.DomainException;
import vn.daihoi.roll.Roll;

/**
 * Elections.md §6: nobody on the list being voted on may sit on the counting committee. A list naming a
 * member of the committee the congress approved is refused, naming who, so the presidium has the congress
 * replace that member on the committee before the vote (a member who joins a later list stands down for it).
 */
@Component
public class CountingCommitteeCheck {

    private final Roll roll;

    CountingCommitteeCheck(Roll roll) {
        this.roll = roll;
    }

    public void requireNoneOnTheCommittee(long caseId, List<ListedName> names) {
        SamePeople committee = new SamePeople();
        roll.countingCommittee(caseId).forEach(m -> committee.add(m.memberId(), m.fullName()));
        if (committee.isEmpty()) {
            return;
        }
        Set<String> clash = new LinkedHashSet<>();
        for (ListedName n : names) {
            if (n.fullName() != null && committee.contains(n.memberId(), n.fullName())) {
                clash.add(PersonName.clean(n.fullName()));
            }
        }
        if (!clash.isEmpty()) {
            throw DomainException.conflict("elections.error.onCountingCommittee", String.join(", ", clash));
        }
    }
}
