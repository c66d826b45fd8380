package vn.daihoi.elections;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import vn.daihoi.counting.BallotForm;
import vn.daihoi.counting.Body;
import vn.daihoi.counting.ElectionRecord;
import vn.daihoi.elections.list.ConveningCommittee;
import vn.daihoi.elections.list.ElectionLists;
import vn.daihoi.elections.list.ListDecisions;
import vn.daihoi.elections.list.ListEntry;
import vn.daihoi.elections.list.MemberSearch;
import vn.daihoi.elections.paper.ElectionPapers;
import vn.daihoi.platform.DomainException;
import vn.daihoi.results.ResultsFixtures;
import vn.daihoi.security.Fixtures;

/**
 * The list stage of elections.md §3 on the real database: sources of names, the opinion ballot's strict 30 %,
 * the convening committee's limits, withdrawals, the manual sort key, the surplus rules when the list is fixed,
 * and the lock of a list in LIST state (no ballots) and after it is fixed (no changes).
 */
@SpringBootTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ElectionListTest {

    @Autowired
    ApplicationContext context;

    @Autowired
    Elections elections;

    @Autowired
    ElectionLists lists;

    @Autowired
    MemberSearch members;

    @Autowired
    ConveningCommittee convening;

    @Autowired
    ListDecisions decisions;

    @Autowired
    ElectionRounds rounds;

    @Autowired
    ElectionPapers papers;

    @Autowired
    ElectionBook book;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    UserDetailsService users;

    Fixtures.Province province;

    @BeforeAll
    void tree() {
        province = new Fixtures(context).province("dl");
    }

    @BeforeEach
    void admin() {
        ResultsFixtures.signIn(users, "admin");
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    private long openList(long caseId, Body body, int seats, String... names) {
        return elections.openList(
                caseId, new NewElection("Bầu " + body, body, seats, BallotForm.STRIKE_OUT, CongressDay.names(names)));
    }

    private static String[] names(int n) {
        String[] out = new String[n];
        String[] given = {"An", "Bình", "Cường", "Dung", "Giang", "Hà", "Khánh", "Lan", "Minh", "Nam", "Oanh", "Phúc"};
        for (int i = 0; i < n; i++) {
            out[i] = "Nguyễn Văn " + given[i % given.length] + (i >= given.length ? " " + given[i / given.length] : "");
        }
        return out;
    }

    private static ElectionLists.Nomination floor(String name, String by) {
        return new ElectionLists.Nomination("FLOOR", null, name, null, by, null);
    }

    private ListEntry entry(long roundId, String name) {
        return lists.view(roundId).entries().stream()
                .filter(e -> e.fullName().equals(name))
                .findFirst()
                .orElseThrow();
    }

    private static void refused(Runnable r, String key, String... inArgs) {
        assertThatThrownBy(r::run).isInstanceOfSatisfying(DomainException.class, e -> {
            assertThat(e.messageKey()).isEqualTo(key);
            if (inArgs.length > 0) {
                assertThat(Arrays.toString(e.arguments())).contains(inArgs);
            }
        });
    }

    @Test
    void anOpinionBallotAdmitsAboveThirtyPercentOfThosePresentStrictly() throws Exception {
        long caseId = CongressDay.caseWithRoll(jdbc, province.cellId(), 100, 0, 100);
        long roundId = openList(caseId, Body.DELEGATE, 2, "Lê Văn Đề");
        lists.nominate(roundId, floor("Trần Thị Ba Mươi", "Đảng viên 7"));
        lists.nominate(roundId, new ElectionLists.Nomination("SELF", null, "Vũ Văn Ba Mốt", null, null, null));
        refused(() -> decisions.fix(roundId, 2, null), "elections.list.error.waiting", "Ba Mươi");

        long opinion = lists.openOpinion(roundId);
        RoundSheet sheet = rounds.sheet(opinion);
        assertThat(sheet.purpose()).isEqualTo(vn.daihoi.counting.Purpose.NOMINATION_OPINION);
        assertThat(sheet.state()).isEqualTo(RoundState.BALLOTING);
        String thirty = sheet.names().stream()
                .filter(n -> n.fullName().equals("Trần Thị Ba Mươi"))
                .findFirst()
                .orElseThrow()
                .candidateId();
        String thirtyOne = thirty.equals("c01") ? "c02" : "c01";
        rounds.recordCounts(opinion, 100, 100);
        rounds.release(
                opinion,
                new EnteredCount.Totals(
                        new ElectionRecord.Tally(100, Map.of(), Map.of(thirty, 30, thirtyOne, 31), Map.of())));

        assertThat(entry(roundId, "Trần Thị Ba Mươi").status()).isEqualTo("NOT_ADMITTED");
        assertThat(entry(roundId, "Trần Thị Ba Mươi").opinionAgree()).isEqualTo(30);
        assertThat(entry(roundId, "Vũ Văn Ba Mốt").status()).isEqualTo("LISTED");
        // the opinion ballot is not a round of the election: round 1 is still the list's round, still open
        assertThat(book.roundId(sheet.electionId(), 1)).isEqualTo(roundId);
        assertThat(ElectionPapersTest.pdfText(papers.electionMinutesPdf(sheet.electionId())))
                .contains("PHIẾU XIN Ý KIẾN")
                .contains("Trần Thị Ba Mươi");
        assertThat(decisions.fix(roundId, 2, "Đại hội biểu quyết 100/100")).isEmpty();
        assertThat(rounds.sheet(roundId).names())
                .extracting(RoundSheet.Name::fullName)
                .containsExactly("Lê Văn Đề", "Vũ Văn Ba Mốt");
    }

    @Test
    void theConveningCommitteeMayNotNominateNorAcceptANominationFromTheFloor() {
        long caseId = CongressDay.caseWithRoll(jdbc, province.cellId(), 5, 0, 5);
        jdbc.sql("""
                        insert into roll_entry (case_id, number, full_name, kind, badge_token, created_at)
                        values (?, 99, 'Hoàng Văn Triệu', 'EX_OFFICIO', ?, now())""").params(caseId, UUID.randomUUID().toString()).update();
        convening.mark(caseId, null, "Đinh Thị Tập");
        long roundId = openList(caseId, Body.DELEGATE, 1, "Lê Văn Đề");

        refused(
                () -> lists.nominate(roundId, floor("Hoàng Văn Triệu", "Đảng viên 1")),
                "elections.list.error.conveningNominee",
                "Hoàng Văn Triệu");
        refused(
                () -> lists.nominate(roundId, floor("Phan Văn Khác", "Đinh Thị Tập")),
                "elections.list.error.conveningNominator",
                "Đinh Thị Tập");
        refused(
                () -> lists.nominate(
                        roundId, new ElectionLists.Nomination("SELF", null, "Đinh Thị Tập", null, null, null)),
                "elections.list.error.conveningSelf",
                "Đinh Thị Tập");
        refused(() -> lists.nominate(roundId, floor("Phan Văn Khác", " ")), "elections.list.error.nominator");
        refused(() -> lists.nominate(roundId, floor("Lê Văn Đề", "Đảng viên 1")), "elections.list.error.already");
        assertThat(lists.view(roundId).entries()).hasSize(1);

        lists.nominate(roundId, floor("Phan Văn Khác", "Đảng viên 1"));
        ListEntry e = entry(roundId, "Phan Văn Khác");
        assertThat(e.source()).isEqualTo("FLOOR");
        assertThat(e.nominatedBy()).isEqualTo("Đảng viên 1");
        assertThat(e.status()).isEqualTo("PENDING");
    }

    @Test
    void theSurplusRulesBindTheListWhenItIsFixed() {
        long caseId = CongressDay.caseWithRoll(jdbc, province.cellId(), 30, 0, 30);
        long none = openList(caseId, Body.EXECUTIVE_COMMITTEE, 9, names(9));
        refused(() -> decisions.fix(none, 9, null), "elections.list.error.rules", "phải có số dư");
        assertThat(rounds.sheet(none).state()).isEqualTo(RoundState.LIST);
        assertThat(rounds.sheet(none).names()).isEmpty();

        long tooMany = openList(caseId, Body.EXECUTIVE_COMMITTEE, 9, names(12));
        refused(() -> decisions.fix(tooMany, 9, null), "elections.list.error.rules", "vượt mức tối đa 2");
        // 12 for 10: surplus 2 is allowed (at most 3), outside the 10–15 % band (1–1): a warning only
        assertThat(decisions.fix(tooMany, 10, null)).hasSize(1);

        long small = openList(caseId, Body.STANDING_COMMITTEE, 5, names(7));
        refused(() -> decisions.fix(small, 5, null), "elections.list.error.rules", "tối đa 1");

        long band = openList(caseId, Body.EXECUTIVE_COMMITTEE, 20, names(21));
        assertThat(lists.view(band).warnings()).singleElement().asString().contains("10–15%");
        assertThat(decisions.fix(band, 20, null)).singleElement().asString().contains("khoảng đề xuất 10–15% là 2–3");
        assertThat(rounds.sheet(band).state()).isEqualTo(RoundState.BALLOTING);

        long secretary = openList(caseId, Body.SECRETARY, 1, "Lê Văn Đề");
        assertThat(decisions.fix(secretary, 1, null)).isEmpty();

        // the contract's one-step opening checks the same rules
        refused(
                () -> elections.open(
                        caseId,
                        new NewElection(
                                "Bầu Ban Chấp hành",
                                Body.EXECUTIVE_COMMITTEE,
                                3,
                                BallotForm.STRIKE_OUT,
                                CongressDay.names("Lê Văn A", "Lê Văn B", "Lê Văn C"))),
                "elections.list.error.rules");
    }

    @Test
    void aWithdrawalAgreedByTheCongressTakesTheNameOffTheList() throws Exception {
        long caseId = CongressDay.caseWithRoll(jdbc, province.cellId(), 10, 0, 10);
        long roundId = openList(caseId, Body.DELEGATE, 2, "Lê Văn Rút", "Ngô Thị Ở", "Trịnh Văn Lại");
        long rut = entry(roundId, "Lê Văn Rút").id();
        long lai = entry(roundId, "Trịnh Văn Lại").id();
        refused(() -> decisions.proposeWithdrawal(roundId, rut, "  "), "elections.list.error.reason", "Lê Văn Rút");
        assertThat(lists.view(roundId).withdrawals()).isEmpty();

        long w1 = decisions.proposeWithdrawal(roundId, rut, "Xin rút vì lý do sức khỏe");
        long w2 = decisions.proposeWithdrawal(roundId, lai, "Xin rút vì lý do gia đình");
        refused(() -> decisions.fix(roundId, 2, null), "elections.list.error.withdrawalUndecided", "Lê Văn Rút");
        refused(() -> decisions.decideWithdrawal(roundId, w1, true, ""), "elections.list.error.decisionText");
        decisions.decideWithdrawal(roundId, w1, true, "Đại hội biểu quyết đồng ý 9/10");
        decisions.decideWithdrawal(roundId, w2, false, "Đại hội biểu quyết không đồng ý 7/10");
        refused(() -> decisions.decideWithdrawal(roundId, w2, true, "lại"), "elections.list.error.withdrawalDecided");

        assertThat(entry(roundId, "Lê Văn Rút").status()).isEqualTo("WITHDRAWN");
        assertThat(lists.view(roundId).withdrawals())
                .extracting(ElectionLists.ListWithdrawal::decision)
                .containsExactly("AGREED", "REFUSED");
        decisions.fix(roundId, 2, null);
        assertThat(rounds.sheet(roundId).names())
                .extracting(RoundSheet.Name::fullName)
                .containsExactly("Trịnh Văn Lại", "Ngô Thị Ở");
        String ballot = ElectionPapersTest.pdfText(papers.roundBallotPdf(roundId));
        assertThat(ballot).contains("Trịnh Văn Lại").doesNotContain("Lê Văn Rút");
    }

    @Test
    void aManualSortKeyOverridesTheBallotOrderAndSameNamesGoByBirthDate() {
        long caseId = CongressDay.caseWithRoll(jdbc, province.cellId(), 10, 0, 10);
        long roundId = openList(caseId, Body.DELEGATE, 3, "Lò Văn Vàng", "Nguyễn Văn Bảy");
        // the same name with no member record on either side is the same person: already on the list
        refused(
                () -> lists.nominate(
                        roundId,
                        new ElectionLists.Nomination(
                                "FLOOR", null, "Nguyễn Văn Bảy", LocalDate.of(1970, 1, 1), "Đảng viên 2", null)),
                "elections.list.error.already");
        // a name written given-name first: its key puts it under "A"
        decisions.sortKey(roundId, entry(roundId, "Lò Văn Vàng").id(), "Lò Văn An");
        decisions.fix(roundId, 3, null);
        assertThat(rounds.sheet(roundId).names())
                .extracting(RoundSheet.Name::fullName)
                .containsExactly("Lò Văn Vàng", "Nguyễn Văn Bảy");
    }

    @Test
    void aListInListStateHasNoBallotsAndAFixedListCannotChange() {
        long caseId = CongressDay.caseWithRoll(jdbc, province.cellId(), 10, 0, 10);
        long roundId = openList(caseId, Body.DELEGATE, 1, "Lê Văn Khóa", "Mai Thị Chốt");
        long electionId = rounds.sheet(roundId).electionId();
        refused(() -> rounds.recordCounts(roundId, 5, 5), "elections.list.error.notFixed");
        refused(() -> papers.ballotPdf(electionId, 1), "elections.list.error.notFixed");
        refused(() -> lists.openOpinion(roundId), "elections.list.error.noPending");

        decisions.fix(roundId, 1, null);
        refused(() -> lists.nominate(roundId, floor("Phan Văn Muộn", "Đảng viên 1")), "elections.list.error.fixed");
        refused(
                () -> decisions.sortKey(roundId, entry(roundId, "Mai Thị Chốt").id(), "x"),
                "elections.list.error.fixed");
        refused(() -> decisions.fix(roundId, 1, null), "elections.list.error.fixed");
        rounds.recordCounts(roundId, 5, 5);
        assertThat(rounds.sheet(roundId).state()).isEqualTo(RoundState.COUNTING);
    }

    @Test
    void aMemberOfTheUnitIsPickedWithTheRecord() {
        long caseId = CongressDay.caseWithRoll(jdbc, province.cellId(), 3, 0, 3);
        long roundId = openList(caseId, Body.DELEGATE, 1);
        String name = province.memberName();
        assertThat(members.search(roundId, vn.daihoi.names.VietnameseNames.searchKey(name)))
                .extracting(MemberSearch.MemberChoice::id)
                .contains(province.memberId());
        lists.addMember(roundId, province.memberId());
        assertThat(lists.view(roundId).entries())
                .singleElement()
                .satisfies(e -> assertThat(e.memberId()).isEqualTo(province.memberId()));
        refused(() -> lists.addMember(roundId, province.memberId()), "elections.list.error.already");
        List<ListEntry> none = lists.view(roundId).entries();
        assertThat(none).hasSize(1);
    }

    @Test
    void aSearchForANameWithAWildcardCharacterFindsThatNameLiterally() {
        long caseId = CongressDay.caseWithRoll(jdbc, province.cellId(), 3, 0, 3);
        long roundId = openList(caseId, Body.DELEGATE, 1);
        String m = UUID.randomUUID().toString().substring(0, 6);
        String before = jdbc.sql("select search_text from member where id = ?")
                .param(province.memberId())
                .query(String.class)
                .single();
        try {
            // % and _ are LIKE's wildcards: typed in the search, they are looked for as themselves
            searchText(m + " le_hoa 50% " + m);
            assertThat(members.search(roundId, m + " le_hoa"))
                    .extracting(MemberSearch.MemberChoice::id)
                    .containsExactly(province.memberId());
            assertThat(members.search(roundId, "50% " + m))
                    .extracting(MemberSearch.MemberChoice::id)
                    .containsExactly(province.memberId());
            searchText(m + " lexhoa 50x " + m);
            assertThat(members.search(roundId, m + " le_hoa")).isEmpty();
            assertThat(members.search(roundId, "50% " + m)).isEmpty();
        } finally {
            searchText(before);
        }
    }

    private void searchText(String text) {
        jdbc.sql("update member set search_text = ? where id = ?")
                .params(text, province.memberId())
                .update();
    }

    @Test
    void theConveningCommitteesProposalIsImportedOnceWithTheMemberRecord() {
        long caseId = CongressDay.caseWithRoll(jdbc, province.cellId(), 3, 0, 3);
        jdbc.sql("""
                        insert into personnel_candidate (case_id, body, member_id, full_name, sex, birth_date,
                            first_time, science_cadre, added_by, added_at)
                        values (?, 'DELEGATE', ?, ?, 'MALE', date '1980-02-03', false, false, 'admin', now())""").params(caseId, province.memberId(), province.memberName()).update();
        long roundId = openList(caseId, Body.DELEGATE, 1);
        assertThat(lists.importProposal(roundId)).isEqualTo(1);
        assertThat(lists.importProposal(roundId)).isZero();
        assertThat(lists.view(roundId).entries()).singleElement().satisfies(e -> {
            assertThat(e.memberId()).isEqualTo(province.memberId());
            assertThat(e.source()).isEqualTo("PROPOSAL");
            assertThat(e.birthDate()).isEqualTo(LocalDate.of(1980, 2, 3));
        });
        long standing = openList(caseId, Body.STANDING_COMMITTEE, 3);
        refused(() -> lists.importProposal(standing), "elections.list.error.proposalEmpty");
    }
}
