package vn.daihoi.org.member;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.support.TransactionTemplate;
import vn.daihoi.access.Role;
import vn.daihoi.access.UserAdmin;
import vn.daihoi.org.MemberImport;
import vn.daihoi.org.Members;
import vn.daihoi.org.Members.MemberSummary;

/** Accent-insensitive, scoped search in ballot order, and the plans it gets on a large table. */
@SpringBootTest
class MemberSearchTest {

    private static final Logger log = LoggerFactory.getLogger(MemberSearchTest.class);

    @Autowired
    Members members;

    @Autowired
    MemberImport imports;

    @Autowired
    MemberQueries queries;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TransactionTemplate tx;

    @Autowired
    UserAdmin users;

    @Autowired
    UserDetailsService userDetails;

    MemberFixtures fx;
    long committee;
    long cellA;
    long cellB;

    @BeforeEach
    void setUp() {
        fx = new MemberFixtures(jdbc, tx, users, userDetails);
        committee = fx.node(
                MemberFixtures.unique("GRASSROOTS_COMMITTEE"),
                "Đảng bộ phường Ba Đình",
                "GRASSROOTS_COMMITTEE",
                fx.root());
        cellA = fx.cell(MemberFixtures.unique("CB"), committee);
        cellB = fx.cell(MemberFixtures.unique("CB"), committee);
        fx.signIn("admin");
        imports.load(List.of(
                MemberFixtures.member("Nguyễn", "Văn", "Ân", cellA),
                MemberFixtures.member("Nguyễn", "Văn", "An", cellA),
                MemberFixtures.member("Trần", "Thị", "Ánh", cellA),
                MemberFixtures.member("Đặng", "Văn", "Đức", cellB),
                MemberFixtures.member("Nguyễn", "Văn", "Ân", cellB)));
    }

    @AfterEach
    void signOut() {
        MemberFixtures.signOut();
    }

    private List<String> names(String q, Long org) {
        return members.search(new Members.SearchQuery(q, org, 0, 0)).items().stream()
                .map(MemberSummary::fullName)
                .toList();
    }

    @Test
    void searchIgnoresAccentsAndCaseAndMatchesParts() {
        assertThat(names("nguyen van an", committee))
                .containsExactly("Nguyễn Văn An", "Nguyễn Văn Ân", "Nguyễn Văn Ân");
        assertThat(names("NGUYỄN VĂN ÂN", committee)).hasSize(3);
        assertThat(names("van an", committee)).hasSize(3);
        assertThat(names("dang van duc", committee)).containsExactly("Đặng Văn Đức");
        assertThat(names("anh", committee)).containsExactly("Trần Thị Ánh");
        assertThat(names("tr", committee)).containsExactly("Trần Thị Ánh");
        assertThat(names("", committee)).hasSize(5);
        assertThat(names("100%_", committee)).isEmpty();
    }

    @Test
    void resultsComeInBallotOrderAndInPages() {
        // given name first: An, Ánh, Ân, Ân, Đức (a < ă < â; d < đ)
        assertThat(names("", committee))
                .containsExactly("Nguyễn Văn An", "Trần Thị Ánh", "Nguyễn Văn Ân", "Nguyễn Văn Ân", "Đặng Văn Đức");
        Members.Page<MemberSummary> first = members.search(new Members.SearchQuery("", committee, 0, 2));
        Members.Page<MemberSummary> last = members.search(new Members.SearchQuery("", committee, 2, 2));
        assertThat(first.items()).hasSize(2);
        assertThat(first.hasNext()).isTrue();
        assertThat(last.items()).extracting(MemberSummary::fullName).containsExactly("Đặng Văn Đức");
        assertThat(last.hasNext()).isFalse();
    }

    @Test
    void aUserSeesOnlyTheirSubtree() {
        String secretary = MemberFixtures.unique("bt").toLowerCase(Locale.ROOT);
        fx.user(secretary, Role.CELL_SECRETARY, cellB);
        fx.signIn(secretary);

        List<MemberSummary> found = members.search(new Members.SearchQuery("nguyen van an", null, 0, 200))
                .items();
        assertThat(found).isNotEmpty().allSatisfy(m -> assertThat(m.orgId()).isEqualTo(cellB));
        assertThatThrownBy(() -> members.search(new Members.SearchQuery("an", cellA, 0, 0)))
                .isInstanceOf(AccessDeniedException.class);

        String stranger = MemberFixtures.unique("khac").toLowerCase(Locale.ROOT);
        long elsewhere = fx.cell(MemberFixtures.unique("CB"), fx.root());
        fx.signIn("admin");
        fx.user(stranger, Role.VIEWER, elsewhere);
        fx.signIn(stranger);
        assertThat(members.search(new Members.SearchQuery("nguyen van an", null, 0, 0))
                        .items())
                .isEmpty();
    }

    /**
     * On a table with a few hundred thousand members (generated and rolled back): a rare name is read
     * from the covering name index, a common one by walking the ballot-order index, and no plan is
     * unbounded. (The plan for a query matching a third of the rows is the planner's business.)
     */
    @Test
    void largeTablePlansUseTheIndexes() {
        tx.executeWithoutResult(status -> {
            jdbc.sql("""
                insert into member (family_name, middle_name, given_name, full_name, sort_key, search_text,
                                    sex, status, situation, org_id, birth_date)
                select f, m, g, f || ' ' || m || ' ' || g, convert_to(g || ' ' || f || ' ' || m, 'UTF8'),
                       lower(immutable_unaccent(f || ' ' || m || ' ' || g)), 'MALE', 'OFFICIAL', 'ACTIVE', ?,
                       date '1960-01-01' + (i % 15000)
                from (select i,
                        (array['Nguyễn','Trần','Lê','Phạm','Hoàng','Huỳnh','Phan','Vũ','Võ','Đặng','Bùi','Đỗ'])[1 + i % 12] f,
                        (array['Văn','Thị','Minh','Ngọc','Đức','Thanh','Quang','Hữu'])[1 + (i / 12) % 8] m,
                        (array['An','Bình','Cường','Dũng','Giang','Hà','Hải','Hòa','Khoa','Lan','Long','Mai','Nam',
                               'Phúc','Quân','Sơn','Tâm','Thảo','Trung','Tuấn','Vân','Xuân','Yến'])[1 + (i / 96) % 23]
                               || (i % 997)::text g
                      from generate_series(1, 200000) i) x
                """).param(cellA).update();
            jdbc.sql("analyze member").update();
            jdbc.sql("analyze member_name").update();
            List<Long> roots = List.of(committee);

            // The dictionary of distinct names follows the insert (statement trigger).
            assertThat(jdbc.sql("select sum(members) from member_name where search_text like 'hoang minh long%'")
                            .query(Long.class)
                            .single())
                    .isGreaterThan(0L);

            // A rare name, across the country: its few members straight from the covering name index.
            String rare = queries.explain("thao37", null);
            // A common one: only the names' members up to the page's last ballot-order key, or the
            // ballot-order index walked until the page is full — never a sort of every match.
            String common = queries.explain("nguyen van", null);
            String shortPrefix = queries.explain("xy", roots);
            String scoped = queries.explain("hoang minh long", roots);
            log.info("Kế hoạch tìm 'thao37':\n{}", rare);
            log.info("Kế hoạch tìm 'nguyen van':\n{}", common);
            log.info("Kế hoạch tìm 'xy' trong đảng bộ:\n{}", shortPrefix);
            log.info("Kế hoạch tìm 'hoang minh long' trong đảng bộ:\n{}", scoped);
            assertThat(rare).startsWith("NAMES").containsAnyOf("member_name_ballot_idx", "member_search_prefix_idx");
            assertThat(common)
                    .satisfiesAnyOf(
                            p -> assertThat(p).startsWith("NAMES").contains("sort_key <="),
                            p -> assertThat(p).startsWith("BALLOT_ORDER").contains("member_ballot_idx"));
            assertThat(rare + common + shortPrefix).doesNotContain("Seq Scan on member ");
            // Whatever the strategy, no plan reads without a bound.
            assertThat(List.of(rare, common, scoped))
                    .allSatisfy(p -> assertThat(p).contains("Limit"));
            assertThat(names("thao37 ", committee))
                    .isNotEmpty()
                    .allSatisfy(n -> assertThat(n).contains("Thảo37"));

            List<Long> timings = new ArrayList<>();
            for (String q : List.of("nguyen van an", "thao37", "tran thi", "xy", "le", "hoang minh long", "van")) {
                for (int i = 0; i < 5; i++) {
                    long t = System.nanoTime();
                    queries.search(q, roots, 51, 0);
                    timings.add((System.nanoTime() - t) / 1_000);
                }
            }
            timings.sort(Long::compare);
            log.info(
                    "Tìm đảng viên trên 200.000 dòng: trung vị {} µs, p95 {} µs",
                    timings.get(timings.size() / 2),
                    timings.get((int) Math.ceil(timings.size() * 0.95) - 1));

            // The same rows exported: streamed from a cursor into a streaming workbook, so the heap
            // holds a window of rows, not the sheet.
            Runtime rt = Runtime.getRuntime();
            long t = System.nanoTime();
            CountingStream out = new CountingStream();
            members.exportXlsx(cellA, out);
            long ms = Math.max(1, (System.nanoTime() - t) / 1_000_000);
            log.info(
                    "Xuất 200.000 đảng viên: {} ms, {} byte XLSX, bộ nhớ heap đang dùng {} MB",
                    ms,
                    out.count,
                    (rt.totalMemory() - rt.freeMemory()) >> 20);
            assertThat(out.count).isGreaterThan(1_000_000L);
            status.setRollbackOnly();
        });
    }

    /** Counts the bytes of an export without keeping them. */
    static final class CountingStream extends java.io.OutputStream {
        long count;

        @Override
        public void write(int b) {
            count++;
        }

        @Override
        public void write(byte[] b, int off, int len) {
            count += len;
        }
    }
}
