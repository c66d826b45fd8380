package vn.daihoi.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.daihoi.demo.internal.NationalLoad;
import vn.daihoi.demo.internal.NationalShape;

/** The national loader at 1/1000 of national size: the COPY path, the index rebuild and the counts. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class NationalLoadTest {

    @Autowired
    NationalLoad national;

    @Autowired
    JdbcClient jdbc;

    List<String> memberIndexes() {
        return jdbc.sql("""
            select pg_get_indexdef(indexrelid) from pg_index where indrelid in ('member'::regclass, 'member_assignment'::regclass)
            union all
            select pg_get_constraintdef(oid) from pg_constraint
            where conrelid in ('member'::regclass, 'member_assignment'::regclass)
            order by 1
            """).query(String.class).list();
    }

    @Test
    void loadsAThousandthOfTheCountryByCopyAndKeepsEveryIndex() {
        List<String> before = memberIndexes();
        NationalLoad.Result first = national.load(0.001);
        NationalLoad.Result again = national.load(0.001);
        assertThat(memberIndexes()).isEqualTo(before);

        long members = jdbc.sql("""
            select count(*) from member m join org_closure cl on cl.descendant_id = m.org_id
            join org_unit u on u.id = cl.ancestor_id where u.code like 'QG__'
            """).query(Long.class).single();
        if (first.loaded()) { // another test class of this JVM may have loaded it first
            assertThat(first.members()).isEqualTo(5_600);
        }
        assertThat(again.loaded()).isFalse();
        assertThat(members).isEqualTo(5_600);

        Map<String, Object> shape = jdbc.sql("""
            select count(*) filter (where v.level = 'DIRECTLY_UNDER_CENTRAL') provinces,
                   count(*) filter (where v.level = 'SUPERIOR_OF_GRASSROOTS') superiors,
                   count(*) filter (where v.level in ('GRASSROOTS_COMMITTEE', 'GRASSROOTS_CELL')) grassroots,
                   count(*) filter (where v.level in ('GRASSROOTS_CELL', 'SUBORDINATE_CELL')) cells
            from org_version v join org_unit u on u.id = v.org_id where u.code like 'QG%' and v.valid_to is null
            """).query().singleRow();
        assertThat(shape.get("provinces")).isEqualTo(2L);
        assertThat((Long) shape.get("superiors")).isBetween(2L, 6L);
        assertThat((Long) shape.get("grassroots")).isBetween(20L, 120L);
        assertThat((Long) shape.get("cells")).isBetween(80L, 600L);

        assertThat(jdbc.sql("""
                select count(*) from org_counts c join org_unit u on u.id = c.org_id
                where u.code like 'QG%' and c.subtree_members <> (
                  select count(*) from member m join org_closure cl on cl.descendant_id = m.org_id
                  where cl.ancestor_id = u.id and m.situation not in ('DECEASED', 'REMOVED'))
                """).query(Long.class).single()).isZero();
        assertThat(jdbc.sql("""
                select count(*) from member m join org_unit u on u.id = m.org_id
                where u.code like 'QG%' and not exists (select 1 from member_assignment a where a.member_id = m.id)
                """).query(Long.class).single()).isZero();
        // ids handed out after a COPY with explicit ids do not collide
        long next = jdbc.sql("select nextval(pg_get_serial_sequence('member', 'id'))")
                .query(Long.class)
                .single();
        assertThat(next)
                .isGreaterThan(
                        jdbc.sql("select max(id) from member").query(Long.class).single());
    }

    @Test
    void refusesAFactorOutsideZeroToOne() {
        assertThatThrownBy(() -> new NationalShape(0, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new NationalShape(1.5, 1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void walkingTwiceGivesTheSameTree() {
        StringBuilder a = new StringBuilder();
        StringBuilder b = new StringBuilder();
        new NationalShape(0.002, 100).walk(n -> a.append(n).append('\n'));
        new NationalShape(0.002, 100).walk(n -> b.append(n).append('\n'));
        assertThat(a.toString()).isEqualTo(b.toString()).contains("code=QG02,");
    }
}
