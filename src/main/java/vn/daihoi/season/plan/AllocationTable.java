package vn.daihoi.season.plan;

import java.util.List;
import vn.daihoi.platform.Dates;
import vn.daihoi.season.plan.PlanStore.PlanDetail;
import vn.daihoi.season.plan.PlanStore.UnitRow;

/** The allocation table of a plan as printed, exported and shown: one row per direct subordinate and totals. */
record AllocationTable(
        String issuerName,
        String symbol,
        String issuedOn,
        String term,
        String title,
        List<UnitRow> rows,
        int members,
        int base,
        int share,
        int special,
        int quota,
        int exOfficio,
        int appointed,
        int total,
        int pool) {

    static AllocationTable of(PlanDetail d) {
        var p = d.plan();
        List<UnitRow> rows = d.units();
        int base = p.basePerUnit() == null ? 0 : p.basePerUnit();
        int members = rows.stream().mapToInt(r -> nz(r.members())).sum();
        int share = rows.stream().mapToInt(r -> nz(r.share())).sum();
        int special = rows.stream().mapToInt(UnitRow::special).sum();
        int quota = rows.stream().mapToInt(r -> nz(r.quota())).sum();
        return new AllocationTable(
                p.issuerName(),
                p.symbol(),
                Dates.format(p.issuedOn()),
                p.term(),
                p.title(),
                rows,
                members,
                base * rows.size(),
                share,
                special,
                quota,
                nz(p.exOfficio()),
                nz(p.appointed()),
                nz(p.totalDelegates()),
                share);
    }

    private static int nz(Integer v) {
        return v == null ? 0 : v;
    }
}
