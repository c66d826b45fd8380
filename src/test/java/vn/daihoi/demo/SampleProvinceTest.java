package vn.daihoi.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.daihoi.access.Role;
import vn.daihoi.demo.internal.SampleProvince;
import vn.daihoi.names.VietnameseNames;

/** The sample province loads once, with both trees, 8,000 members, consistent counts and a user per role. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SampleProvinceTest {

    private static final List<String> DISTRICTS = List.of("HBX.DX", "HBX.ML", "HBX.KT", "HBX.HA");

    @Autowired
    DemoData demo;

    @Autowired
    SampleProvince sample;

    @Autowired
    JdbcClient jdbc;

    @LocalServerPort
    int port;

    @BeforeEach
    void loadOnce() {
        demo.load(DemoData.Scale.SAMPLE); // idempotent: only the first test of the JVM loads
    }

    /** Code → level of every node in the province's subtree as of a day. */
    Map<String, String> treeAsOf(LocalDate day) {
        return jdbc
                .sql("""
            with recursive t (org_id) as (
              select v.org_id from org_version v join org_unit u on u.id = v.org_id
              where u.code = 'HBX' and v.valid_from <= :d and (v.valid_to is null or v.valid_to > :d)
              union all
              select v.org_id from t join org_version v on v.parent_id = t.org_id
              where v.valid_from <= :d and (v.valid_to is null or v.valid_to > :d)
            )
            select u.code, v.level from t join org_unit u on u.id = t.org_id
            join org_version v on v.org_id = t.org_id and v.valid_from <= :d and (v.valid_to is null or v.valid_to > :d)
            """)
                .param("d", day)
                .query((rs, n) -> Map.entry(rs.getString(1), rs.getString(2)))
                .list()
                .stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    String parentCodeAsOf(String code, LocalDate day) {
        return jdbc.sql("""
            select p.code from org_version v join org_unit u on u.id = v.org_id join org_unit p on p.id = v.parent_id
            where u.code = ? and v.valid_from <= ? and (v.valid_to is null or v.valid_to > ?)
            """).params(code, day, day).query(String.class).single();
    }

    @Test
    void theOldTreeOf2024HasFourDistrictsAndTwentyCommunes() {
        Map<String, String> tree = treeAsOf(LocalDate.of(2024, 1, 1));
        assertThat(tree).containsKeys(DISTRICTS.toArray(String[]::new));
        DISTRICTS.forEach(d -> assertThat(tree.get(d)).isEqualTo("SUPERIOR_OF_GRASSROOTS"));
        assertThat(tree.values().stream().filter("GRASSROOTS_COMMITTEE"::equals).count())
                .as("20 communes, the tea company, the town police and three agency committees")
                .isEqualTo(20 + 2 + 3);
        assertThat(tree.keySet()).noneMatch(code -> code.startsWith("HBX.X0"));
        assertThat(parentCodeAsOf("HBX.DX.01.T1", LocalDate.of(2024, 1, 1))).isEqualTo("HBX.DX.01");
        assertThat(parentCodeAsOf("HBX.DX.01", LocalDate.of(2024, 1, 1))).isEqualTo("HBX.DX");
    }

    @Test
    void theNewTreeOf2026HasNoDistrictsAndEightPilotCommunes() {
        Map<String, String> tree = treeAsOf(LocalDate.of(2026, 1, 1));
        assertThat(tree.keySet()).doesNotContainAnyElementsOf(DISTRICTS);
        assertThat(tree.keySet()).noneMatch(code -> code.matches("HBX\\.(DX|ML|KT|HA)\\.0\\d"));
        assertThat(parentCodeAsOf("HBX.DX.01.T1", LocalDate.of(2026, 1, 1))).isEqualTo("HBX.X01");
        List<Map<String, Object>> pilots = jdbc.sql("""
            select u.code, v.pilot_basis, v.change_kind, v.decision_no, v.decision_date from org_version v
            join org_unit u on u.id = v.org_id join org_unit p on p.id = v.parent_id
            where p.code = 'HBX' and v.valid_to is null and v.pilot order by u.code
            """).query().listOfRows();
        assertThat(pilots).hasSize(8);
        assertThat(pilots).allSatisfy(p -> {
            assertThat((String) p.get("pilot_basis")).contains("Quyết định số 1234-QĐ/TU");
            assertThat(p.get("change_kind")).isEqualTo("MERGE");
            assertThat((String) p.get("decision_no")).endsWith("-QĐ/TU");
        });
        // districts were dissolved and old communes merged on the day the new tree began
        assertThat(jdbc.sql("""
                select count(*) from org_version v join org_unit u on u.id = v.org_id
                where u.code like 'HBX.__' and v.end_kind = 'DISSOLVED' and v.valid_to = date '2025-07-01'
                """).query(Long.class).single()).isEqualTo(4);
        assertThat(jdbc.sql("""
                select count(*) from org_version v join org_unit u on u.id = v.org_id
                where u.code ~ '^HBX\\.(DX|ML|KT|HA)\\.0[1-5]$' and v.end_kind = 'MERGED' and v.valid_to = date '2025-07-01'
                """).query(Long.class).single()).isEqualTo(20);
        assertThat(jdbc.sql("""
                select count(*) from org_version v join org_unit u on u.id = v.org_id
                where u.code like 'HBX.%' and v.change_kind = 'MOVE' and v.valid_from = date '2025-07-01'
                """).query(Long.class).single()).isEqualTo(20 * 6 + 4);
    }

    @Test
    void theCongressSeasonHasCasesInEveryStateEachWithItsWholeHistory() {
        List<String> states = jdbc.sql("""
            select distinct c.state from congress_case c join org_unit u on u.id = c.org_id
            where u.code like 'HBX%' and c.term = '2025-2030' order by 1
            """).query(String.class).list();
        assertThat(states)
                .containsExactlyInAnyOrderElementsOf(java.util.Arrays.stream(vn.daihoi.season.CongressState.values())
                        .map(Enum::name)
                        .toList());
        // Each history is a chain from the plan to the current state, in date order.
        assertThat(jdbc.sql("""
            select u.code || ' ' || c.state from congress_case c join org_unit u on u.id = c.org_id
            where u.code like 'HBX%' and (
              c.state <> (select t.to_state from congress_transition t where t.case_id = c.id
                          order by t.effective_on desc, t.id desc limit 1)
              or exists (select 1 from congress_transition t
                         join congress_transition p on p.case_id = t.case_id and p.id = (
                           select max(q.id) from congress_transition q where q.case_id = t.case_id and q.id < t.id)
                         where t.case_id = c.id and (t.from_state is distinct from p.to_state
                                                     or t.effective_on < p.effective_on)))
            """).query(String.class).list()).isEmpty();
        // Units still before their congress are overdue: their window ended in 2025.
        assertThat(jdbc.sql("""
            select count(*) from congress_case c join org_unit u on u.id = c.org_id
            where u.code like 'HBX%' and c.due_on < date '2026-01-01' and c.state = 'PREPARING'
            """).query(Long.class).single()).isPositive();
    }

    @Test
    void thereAreAboutTwoHundredCells() {
        long cells = jdbc.sql("""
            select count(*) from org_version v join org_unit u on u.id = v.org_id
            where u.code like 'HBX.%' and v.level in ('GRASSROOTS_CELL', 'SUBORDINATE_CELL')
              and v.valid_from = (select min(valid_from) from org_version w where w.org_id = v.org_id)
            """).query(Long.class).single();
        assertThat(cells).isBetween(180L, 230L);
    }

    @Test
    void countsEqualADirectCount() {
        List<Map<String, Object>> mismatches = jdbc.sql("""
            select u.code, c.subtree_members, (
              select count(*) from member m join org_closure cl on cl.descendant_id = m.org_id
              where cl.ancestor_id = u.id and m.situation not in ('DECEASED', 'REMOVED')) direct
            from org_unit u join org_counts c on c.org_id = u.id
            where u.code like 'HBX%'
            """).query().listOfRows().stream()
                .filter(r -> ((Number) r.get("subtree_members")).longValue() != ((Number) r.get("direct")).longValue())
                .toList();
        assertThat(mismatches).isEmpty();
        long counted = jdbc.sql("""
            select c.subtree_members from org_counts c join org_unit u on u.id = c.org_id where u.code = 'HBX'
            """).query(Long.class).single();
        assertThat(counted).isBetween(7_000L, 8_000L);
    }

    @Test
    void eightThousandPlausibleMembers() {
        Map<String, Object> m = jdbc.sql("""
            select count(*) total,
                   count(distinct national_id) ids,
                   count(*) filter (where national_id !~ '^017[0-3][0-9]{8}$') bad_ids,
                   count(*) filter (where status = 'PROBATIONARY') probationary,
                   count(*) filter (where status = 'OFFICIAL' and official_date <> admission_date + interval '12 months') bad_official,
                   count(*) filter (where sex = 'FEMALE') women,
                   count(*) filter (where family_name = 'Nguyễn') nguyen,
                   count(*) filter (where ethnicity <> 'Kinh') minorities,
                   count(*) filter (where manual_sort_key is not null) manual,
                   count(*) filter (where birth_date > current_date - interval '18 years'
                                       or birth_date < current_date - interval '91 years') bad_age,
                   count(distinct situation) situations
            from member m join org_closure cl on cl.descendant_id = m.org_id
            join org_unit u on u.id = cl.ancestor_id where u.code = 'HBX'
            """).query().singleRow();
        assertThat(m.get("total")).isEqualTo(8_000L);
        assertThat(m.get("ids")).isEqualTo(8_000L);
        assertThat(m.get("bad_ids")).isEqualTo(0L);
        assertThat(m.get("bad_official")).isEqualTo(0L);
        assertThat(m.get("bad_age")).isEqualTo(0L);
        assertThat((Long) m.get("probationary")).isBetween(250L, 550L);
        assertThat((Long) m.get("women")).isBetween(2_500L, 3_600L);
        assertThat((Long) m.get("nguyen")).isBetween(1_600L, 2_600L);
        assertThat((Long) m.get("minorities")).isBetween(1_600L, 3_000L);
        assertThat((Long) m.get("manual")).isPositive();
        assertThat(m.get("situations")).isEqualTo(8L);
    }

    @Test
    void namesCarryTheirSortAndSearchKeys() {
        List<Map<String, Object>> rows = jdbc.sql("""
            select m.full_name, m.search_text, m.manual_sort_key from member m
            join org_closure cl on cl.descendant_id = m.org_id join org_unit u on u.id = cl.ancestor_id
            where u.code = 'HBX' order by m.id limit 500
            """).query().listOfRows();
        assertThat(rows)
                .allSatisfy(r -> assertThat(r.get("search_text"))
                        .isEqualTo(VietnameseNames.searchKey((String) r.get("full_name"))));
        List<String> ede = jdbc.sql("select full_name from member where manual_sort_key is not null")
                .query(String.class)
                .list();
        assertThat(ede).anyMatch(n -> n.startsWith("Y ") || n.startsWith("H'"));
    }

    @Test
    void membersOfMergedCellsHaveTwoAssignments() {
        Map<String, Object> r = jdbc.sql("""
            select count(*) members,
                   count(*) filter (where n = 2) with_history,
                   count(*) filter (where n = 2 and old_to = date '2025-07-01') closed_on_reform
            from (
              select m.id, count(a.*) n, min(a.valid_to) old_to from member m
              join org_unit u on u.id = m.org_id join member_assignment a on a.member_id = m.id
              where u.code ~ '^HBX\\.X0[1-8]\\.(YT|QS)$' group by m.id
            ) x
            """).query().singleRow();
        assertThat((Long) r.get("members")).isPositive();
        assertThat((Long) r.get("with_history")).isPositive().isEqualTo(r.get("closed_on_reform"));
        assertThat(jdbc.sql("""
                select count(*) from member m join org_closure cl on cl.descendant_id = m.org_id
                join org_unit u on u.id = cl.ancestor_id
                where u.code = 'HBX' and not exists (
                  select 1 from member_assignment a where a.member_id = m.id and a.org_id = m.org_id and a.valid_to is null)
                """).query(Long.class).single()).isZero();
    }

    @Test
    void everyRoleHasADemoUserWhoCanLogIn() throws Exception {
        Set<Role> roles =
                SampleProvince.USERS.stream().map(SampleProvince.DemoUser::role).collect(Collectors.toSet());
        assertThat(roles).containsExactlyInAnyOrder(Role.values());
        HttpClient http = HttpClient.newHttpClient();
        for (SampleProvince.DemoUser u : SampleProvince.USERS) {
            String basic = Base64.getEncoder()
                    .encodeToString((u.username() + ":" + SampleProvince.PASSWORD).getBytes(StandardCharsets.UTF_8));
            HttpResponse<String> r = http.send(
                    HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/v3/api-docs"))
                            .header("Authorization", "Basic " + basic)
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(r.statusCode()).as(u.username()).isEqualTo(200);
            String grantedOn = jdbc.sql("""
                select o.code from app_user a join role_assignment r on r.user_id = a.id
                join org_unit o on o.id = r.org_id where a.username = ? and r.role = ?
                """)
                    .params(u.username(), u.role().name())
                    .query(String.class)
                    .single();
            assertThat(grantedOn).isEqualTo(u.orgCode());
        }
        String wrong = Base64.getEncoder().encodeToString("xem.hbx:SaiMatKhau2026".getBytes(StandardCharsets.UTF_8));
        assertThat(http.send(
                                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/v3/api-docs"))
                                        .header("Authorization", "Basic " + wrong)
                                        .build(),
                                HttpResponse.BodyHandlers.ofString())
                        .statusCode())
                .isEqualTo(401);
    }

    @Test
    void loadingAgainChangesNothing() {
        long members = jdbc.sql("select count(*) from member").query(Long.class).single();
        long units = jdbc.sql("select count(*) from org_unit").query(Long.class).single();
        long users = jdbc.sql("select count(*) from app_user").query(Long.class).single();
        assertThat(sample.load()).isFalse();
        demo.load(DemoData.Scale.SAMPLE);
        assertThat(jdbc.sql("select count(*) from member").query(Long.class).single())
                .isEqualTo(members);
        assertThat(jdbc.sql("select count(*) from org_unit").query(Long.class).single())
                .isEqualTo(units);
        assertThat(jdbc.sql("select count(*) from app_user").query(Long.class).single())
                .isEqualTo(users);
        assertThat(Arrays.asList(DemoData.Scale.values())).contains(DemoData.Scale.SAMPLE);
    }
}
