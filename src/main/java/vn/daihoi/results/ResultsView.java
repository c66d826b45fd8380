package vn.daihoi.results;

import java.util.List;
import vn.daihoi.elections.ElectionBook;
import vn.daihoi.season.CongressCase;

/**
 * A congress after its close as its results page shows it: the case, the countdown of what is due now
 * (the report, or the confirmation), the report's files, the complaints, the confirming decision, and the
 * elections with their released rounds (every name's votes, the elected marked), read through the elections
 * module's API.
 */
public record ResultsView(
        CongressCase congress,
        Countdown countdown,
        List<ResultsFile> files,
        List<Complaint> complaints,
        Long decisionDocumentId,
        String decisionSymbol,
        List<ElectionBook.ElectionView> elections) {

    public boolean onHold() {
        return complaints.stream().anyMatch(Complaint::open);
    }
}
