package vn.daihoi.season.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import vn.daihoi.platform.DomainException;
import vn.daihoi.season.plan.DelegateQuotas.Allocation;
import vn.daihoi.season.plan.DelegateQuotas.Inputs;
import vn.daihoi.season.plan.DelegateQuotas.Row;
import vn.daihoi.season.plan.DelegateQuotas.Unit;

/** The delegate allocation formula of docs/congress-plans.md. */
class DelegateQuotasTest {

    @Provide
    Arbitrary<List<Unit>> units() {
        Arbitrary<Unit> unit = Combinators.combine(
                        Arbitraries.integers().between(0, 5_000),
                        Arbitraries.integers().between(0, 3),
                        Arbitraries.strings().alpha().ofLength(3))
                .as((members, special, code) -> new Unit(0, code, members, special));
        return unit.list().ofMinSize(1).ofMaxSize(40).map(list -> {
            List<Unit> out = new ArrayList<>();
            for (int i = 0; i < list.size(); i++) {
                Unit u = list.get(i);
                out.add(new Unit(i + 1, u.code() + i, u.members(), u.special()));
            }
            return out;
        });
    }

    @Property
    void quotasPlusExOfficioPlusAppointedAddUpToTheTotalExactly(
            @ForAll("units") List<Unit> units,
            @ForAll @IntRange(max = 5) int base,
            @ForAll @IntRange(max = 60) int exOfficio,
            @ForAll @IntRange(max = 10) int appointed,
            @ForAll @IntRange(max = 500) int extra) {
        int fixed = exOfficio
                + appointed
                + units.stream().mapToInt(u -> base + u.special()).sum();
        int total = fixed + extra;
        Allocation a = DelegateQuotas.allocate(new Inputs(total, base, exOfficio, appointed), units);
        assertThat(a.pool()).isEqualTo(extra);
        assertThat(a.allocated() + exOfficio + appointed).isEqualTo(total);
        assertThat(a.rows()).allSatisfy(r -> {
            assertThat(r.quota()).isEqualTo(r.base() + r.share() + r.special());
            assertThat(r.share()).isNotNegative();
        });
    }

    @Property
    void eachShareIsItsExactShareRoundedDownOrUp(
            @ForAll("units") List<Unit> units, @ForAll @IntRange(max = 500) int pool) {
        int fixed = units.stream().mapToInt(Unit::special).sum();
        Allocation a = DelegateQuotas.allocate(new Inputs(fixed + pool, 0, 0, 0), units);
        long members = units.stream().mapToLong(Unit::members).sum();
        for (int i = 0; i < units.size(); i++) {
            double exact = members == 0
                    ? (double) pool / units.size()
                    : (double) pool * units.get(i).members() / members;
            assertThat((double) a.rows().get(i).share()).isBetween(Math.floor(exact), Math.ceil(exact));
        }
    }

    @Property
    void theResultDoesNotDependOnTheOrderTheUnitsAreListed(
            @ForAll("units") List<Unit> units, @ForAll @IntRange(max = 300) int pool) {
        int fixed = units.stream().mapToInt(u -> 2 + u.special()).sum();
        Inputs in = new Inputs(fixed + pool, 2, 0, 0);
        List<Unit> reversed = new ArrayList<>(units);
        Collections.reverse(reversed);
        List<Row> a = DelegateQuotas.allocate(in, units).rows();
        List<Row> b = new ArrayList<>(DelegateQuotas.allocate(in, reversed).rows());
        Collections.reverse(b);
        assertThat(b).isEqualTo(a);
    }

    @Test
    void theLargestRemaindersGetTheLeftOverSeatsAndTiesGoByCode() {
        // Pool 10 over 1:1:1 → 3 each and one left over, given to the smallest code.
        List<Unit> units = List.of(new Unit(1, "C-03", 10, 0), new Unit(2, "C-01", 10, 0), new Unit(3, "C-02", 10, 0));
        Allocation a = DelegateQuotas.allocate(new Inputs(10, 0, 0, 0), units);
        assertThat(a.rows()).extracting(Row::share).containsExactly(3, 4, 3);
    }

    @Test
    void theChiLinhExampleShape() {
        // 235 delegates: 38 ex-officio, base 3 for each of 4 units, 1 special for the last: pool 184 by members.
        List<Unit> units = List.of(
                new Unit(1, "A", 400, 0), new Unit(2, "B", 300, 0), new Unit(3, "C", 200, 0), new Unit(4, "D", 100, 1));
        Allocation a = DelegateQuotas.allocate(new Inputs(235, 3, 38, 0), units);
        assertThat(a.pool()).isEqualTo(184);
        assertThat(a.rows()).extracting(Row::quota).containsExactly(77, 58, 40, 22);
        assertThat(a.allocated() + 38).isEqualTo(235);
    }

    @Test
    void withoutMembersThePoolIsSharedEqually() {
        List<Unit> units = List.of(new Unit(1, "B", 0, 0), new Unit(2, "A", 0, 0));
        assertThat(DelegateQuotas.allocate(new Inputs(5, 0, 0, 0), units).rows())
                .extracting(Row::share)
                .containsExactly(2, 3);
    }

    @Test
    void aTotalTooSmallForTheFixedPartsIsRefusedWithTheFigures() {
        List<Unit> units = List.of(new Unit(1, "A", 10, 2), new Unit(2, "B", 10, 0));
        assertThatThrownBy(() -> DelegateQuotas.allocate(new Inputs(30, 5, 20, 3), units))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("plan.error.poolNegative");
                    assertThat(e.arguments()).containsExactly(30, 20, 3, 5, 2, 2, 35L);
                });
    }

    @Test
    void aPoolWithNoUnitToShareItIsRefused() {
        assertThatThrownBy(() -> DelegateQuotas.allocate(new Inputs(10, 0, 5, 0), List.of()))
                .isInstanceOf(DomainException.class);
        assertThat(DelegateQuotas.allocate(new Inputs(5, 0, 5, 0), List.of()).rows())
                .isEmpty();
    }
}
