package vn.daihoi.roll;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.daihoi.platform.DomainException;
import vn.daihoi.results.ResultsFixtures;
import vn.daihoi.roll.internal.RollEntry;
import vn.daihoi.roll.internal.RollFilter;
import vn.daihoi.roll.internal.RollPage;
import vn.daihoi.roll.internal.RollSearch;
import vn.daihoi.security.Fixtures;
import vn.daihoi.security.TestAdmin;
import vn.daihoi.security.WebSession;

/**
 * The roll page by page (100 a page) on a roll of 250: search by number or by name without accents, filters
 * present / absent / excluded, the page's links keep the search.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class RollSearchTest {

    private static final String[] NAMES = {"Nguyễn Văn Đức", "Trần Thị Bình", "Lê Hữu Phước", "Phạm Thị Hương"};

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    RollSearch search;

    @Autowired
    org.springframework.security.core.userdetails.UserDetailsService users;

    @LocalServerPort
    int port;

    /**
     * 250 members numbered 1..250, named in a cycle of four; every 10th checked in, 3 absent with a reason
     * (excluded), 2 on a temporary transfer (excluded).
     */
    private long roll(long orgId) {
        long caseId = RollFixtures.congress(jdbc, orgId, "ALL_MEMBER");
        for (int i = 1; i <= 250; i++) {
            String absence = i == 5 || i == 15 || i == 25 ? "WITH_REASON" : null;
            String exclusion = absence != null ? "ABSENT_WITH_REASON" : i == 7 || i == 17 ? "TEMPORARY_TRANSFER" : null;
            long id = jdbc.sql("""
                            insert into roll_entry (case_id, number, full_name, kind, absence, exclusion, badge_token,
                                created_at)
                            values (?, ?, ?, 'MEMBER', ?, ?, ?, now()) returning id""")
                    .params(
                            caseId,
                            i,
                            NAMES[i % 4] + " " + i,
                            absence,
                            exclusion,
                            UUID.randomUUID().toString())
                    .query(Long.class)
                    .single();
            if (i % 10 == 0) {
                jdbc.sql("insert into roll_checkin (roll_entry_id, checked_at, username) values (?, now(), 'admin')")
                        .param(id)
                        .update();
            }
        }
        return caseId;
    }

    @Test
    void pagesSearchAndFilters() {
        long id = roll(new Fixtures(context).province("rse").communeId());
        ResultsFixtures.signIn(users, "admin");

        RollPage first = search.page(id, null, null, 1);
        assertThat(first.entries()).hasSize(100);
        assertThat(first.entries().getFirst().number()).isEqualTo(1);
        assertThat(first.pages()).isEqualTo(3);
        RollPage last = search.page(id, "", RollFilter.ALL, 99);
        assertThat(last.page()).isEqualTo(3);
        assertThat(last.entries()).hasSize(50);
        assertThat(last.entries().getFirst().number()).isEqualTo(201);

        assertThat(search.page(id, "123", null, 1).entries())
                .extracting(RollEntry::fullName)
                .containsExactly("Phạm Thị Hương 123");
        // accent-free and đ → d: "duc" finds Đức, "phuoc" finds Phước (2, 22, 26, 202, ... by number)
        RollPage duc = search.page(id, "  nguyen van duc ", null, 1);
        assertThat(duc.matching()).isEqualTo(62);
        assertThat(duc.entries()).allMatch(e -> e.fullName().startsWith("Nguyễn Văn Đức"));
        assertThat(search.page(id, "PHUOC 2", null, 1).entries())
                .extracting(RollEntry::number)
                .startsWith(2, 22, 26, 202);
        assertThat(search.page(id, "100%", null, 1).matching()).isZero();

        assertThat(search.page(id, null, RollFilter.PRESENT, 1).matching()).isEqualTo(25);
        assertThat(search.page(id, null, RollFilter.ABSENT, 1).entries())
                .extracting(RollEntry::number)
                .containsExactly(5, 15, 25);
        assertThat(search.page(id, null, RollFilter.EXCLUDED, 1).matching()).isEqualTo(5);
        assertThat(search.page(id, null, RollFilter.NOT_PRESENT, 1).matching()).isEqualTo(250 - 25 - 5);
        assertThat(search.page(id, "binh", RollFilter.ABSENT, 1).entries())
                .extracting(RollEntry::number)
                .containsExactly(5, 25);

        assertThatThrownBy(() -> search.page(id, "x".repeat(101), null, 1))
                .isInstanceOf(DomainException.class)
                .hasMessageContaining("searchTooLong");
    }

    @Test
    void thePageShowsOneHundredAndItsLinksKeepTheSearch() {
        long id = roll(new Fixtures(context).province("rsp").communeId());
        WebSession web = TestAdmin.session(port);
        String page = web.get("/congresses/" + id + "/roll").body();
        assertThat(page)
                .contains("id=\"entry-100\"")
                .doesNotContain("id=\"entry-101\"")
                .contains("Trang 1/3");
        String found = web.get("/congresses/" + id + "/roll?q=huong&filter=ALL").body();
        assertThat(found)
                .contains("1–62 trong 62 (cả danh sách 250)")
                .contains("id=\"entry-3\"")
                .doesNotContain("id=\"entry-1\"")
                .doesNotContain("id=\"roll-pages\"");
        String second =
                web.get("/congresses/" + id + "/roll?filter=NOT_PRESENT&page=2").body();
        assertThat(second)
                .contains("Trang 2/3")
                .contains("filter=NOT_PRESENT&amp;page=3")
                .contains("101–200 trong 220");
        assertThat(web.get("/congresses/" + id + "/roll?q=khong+co+ai").body())
                .contains("Không có ai trong danh sách phù hợp");
    }
}
