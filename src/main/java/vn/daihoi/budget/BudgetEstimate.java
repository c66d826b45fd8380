package vn.daihoi.budget;

import java.util.List;
import java.util.Map;
import vn.daihoi.season.CongressCase;

/**
 * The estimate of a congress case: its lines (grouped, in order), the total of each group and overall in
 * whole đồng, and the previous congress's totals when that case has an estimate (null otherwise).
 */
public record BudgetEstimate(
        CongressCase congress, List<Line> lines, Map<BudgetGroup, Long> groupTotals, long total, Previous previous) {

    /** One line: amount = quantity × unit price; over the norm when the unit price exceeds it. */
    public record Line(
            long id,
            BudgetGroup group,
            String description,
            int quantity,
            String unit,
            long unitPrice,
            Long norm,
            long amount) {

        public boolean overNorm() {
            return norm != null && unitPrice > norm;
        }
    }

    /** The previous term's case of the same unit and its totals. */
    public record Previous(long caseId, String term, Map<BudgetGroup, Long> groupTotals, long total) {

        /** This estimate's total minus the previous one's, for a group (or overall when group is null). */
        public long change(BudgetEstimate now, BudgetGroup group) {
            return group == null
                    ? now.total() - total
                    : now.groupTotals().getOrDefault(group, 0L) - groupTotals.getOrDefault(group, 0L);
        }
    }

    /** The lines of one group. */
    public List<Line> linesOf(BudgetGroup group) {
        return lines.stream().filter(l -> l.group() == group).toList();
    }

    /** Lines whose unit price is above the norm (warnings, never blocks). */
    public List<Line> overNorm() {
        return lines.stream().filter(Line::overNorm).toList();
    }
}
