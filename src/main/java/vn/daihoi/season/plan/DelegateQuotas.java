package vn.daihoi.season.plan;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import vn.daihoi.platform.DomainException;

/**
 * The delegate allocation of a plan (docs/congress-plans.md): pool P = T − E − A − Σ(b + s_u), shared over
 * the direct subordinates in proportion to their official members by the largest-remainder method (ties
 * broken by unit code), so that quota_u = b + share_u + s_u and Σ quota_u + E + A = T exactly. Plain Java.
 */
final class DelegateQuotas {

    /** The inputs: total T, base per unit b, ex-officio E, appointed A (all ≥ 0). */
    record Inputs(int total, int base, int exOfficio, int appointed) {}

    /** One direct subordinate: its code (for ties), official members and special extra s_u. */
    record Unit(long orgId, String code, int members, int special) {}

    /** A unit's quota and how it was made up. */
    record Row(long orgId, String code, int members, int base, int share, int special, int quota) {}

    /** The allocation: the pool shared by members and one row per unit, in the order given. */
    record Allocation(int pool, List<Row> rows) {
        int allocated() {
            return rows.stream().mapToInt(Row::quota).sum();
        }
    }

    private DelegateQuotas() {}

    static Allocation allocate(Inputs in, List<Unit> units) {
        long fixed = (long) in.exOfficio() + in.appointed();
        for (Unit u : units) {
            fixed += (long) in.base() + u.special();
        }
        long pool = in.total() - fixed;
        if (pool < 0) {
            int specials = units.stream().mapToInt(Unit::special).sum();
            throw new DomainException(
                    "plan.error.poolNegative",
                    in.total(),
                    in.exOfficio(),
                    in.appointed(),
                    in.base(),
                    units.size(),
                    specials,
                    fixed);
        }
        if (pool > 0 && units.isEmpty()) {
            throw new DomainException("plan.error.poolWithoutUnits", pool);
        }
        // Without any official member below, every unit weighs the same, so the pool is still shared out.
        long totalMembers = units.stream().mapToLong(Unit::members).sum();
        boolean equal = totalMembers == 0;
        long weightSum = equal ? units.size() : totalMembers;
        int n = units.size();
        long[] share = new long[n];
        long[] remainder = new long[n];
        long given = 0;
        for (int i = 0; i < n; i++) {
            long weight = equal ? 1 : units.get(i).members();
            share[i] = pool * weight / Math.max(weightSum, 1);
            remainder[i] = pool * weight % Math.max(weightSum, 1);
            given += share[i];
        }
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            order.add(i);
        }
        order.sort(Comparator.<Integer>comparingLong(i -> -remainder[i])
                .thenComparing(i -> units.get(i).code())
                .thenComparingLong(i -> units.get(i).orgId()));
        for (int k = 0; k < pool - given; k++) {
            share[order.get(k)]++;
        }
        List<Row> rows = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            Unit u = units.get(i);
            rows.add(new Row(u.orgId(), u.code(), u.members(), in.base(), (int) share[i], u.special(), (int)
                    (in.base() + share[i] + u.special())));
        }
        return new Allocation((int) pool, List.copyOf(rows));
    }
}
