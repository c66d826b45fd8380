package vn.daihoi.roll;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
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
import vn.daihoi.counting.BaseKind;
import vn.daihoi.counting.Exclusion;
import vn.daihoi.platform.DomainException;
import vn.daihoi.results.ResultsFixtures;
import vn.daihoi.roll.internal.Absence;
import vn.daihoi.roll.internal.BaseExplained;
import vn.daihoi.roll.internal.CheckIns;
import vn.daihoi.roll.internal.NewDelegate;
import vn.daihoi.roll.internal.RollAbsences;
import vn.daihoi.roll.internal.RollBook;
import vn.daihoi.roll.internal.RollEntry;
import vn.daihoi.roll.internal.RollKind;
import vn.daihoi.security.Fixtures;

/**
 * The base D of elections.md §2 built from the roll, one situation at a time: all-member congress (temporary
 * transfer, exempt and absent, suspended, prosecuted, absent with and without a reason) and delegate congress
 * (ex officio absent, delegate absent with and without an alternate called up), and the two-thirds quorum.
 */
@SpringBootTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RollBaseTest {

    @Autowired
    ApplicationContext context;

    @Autowired
    RollBook book;

    @Autowired
    RollAbsences absences;

    @Autowired
    CheckIns checkIns;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    UserDetailsService users;

    Fixtures.Province province;

    @BeforeAll
    void tree() {
        province = new Fixtures(context).province("rl");
    }

    @BeforeEach
    void admin() {
        ResultsFixtures.signIn(users, "admin");
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    private RollEntry byName(long caseId, String name) {
        return book.entries(caseId).stream()
                .filter(e -> e.fullName().equals(name))
                .findFirst()
                .orElseThrow();
    }

    /** A province of its own whose cell has members in every situation the roll reads. */
    private long allMemberCongress() {
        Fixtures.Province own = new Fixtures(context).province("rm");
        long cell = own.cellId();
        long caseId = RollFixtures.congress(jdbc, own.communeId(), "ALL_MEMBER");
        RollFixtures.member(jdbc, cell, "Trần Văn Bình", "OFFICIAL", "ACTIVE");
        RollFixtures.member(jdbc, cell, "Nguyễn Thị An", "OFFICIAL", "ACTIVE");
        RollFixtures.member(jdbc, cell, "Lê Văn Cường", "OFFICIAL", "TEMPORARY_TRANSFER_OUT");
        RollFixtures.member(jdbc, cell, "Phạm Thị Dung", "OFFICIAL", "EXEMPT");
        RollFixtures.member(jdbc, cell, "Hoàng Văn Em", "OFFICIAL", "SUSPENDED");
        RollFixtures.member(jdbc, cell, "Vũ Thị Gấm", "OFFICIAL", "PROSECUTED");
        RollFixtures.member(jdbc, cell, "Đỗ Văn Hùng", "PROBATIONARY", "ACTIVE");
        RollFixtures.member(jdbc, cell, "Bùi Thị Khánh", "OFFICIAL", "TEMPORARY_TRANSFER_IN");
        RollFixtures.member(jdbc, cell, "Ngô Văn Long", "OFFICIAL", "DECEASED");
        RollFixtures.member(jdbc, cell, "Đinh Thị Mai", "OFFICIAL", "ACTIVE");
        RollFixtures.member(jdbc, cell, "Lý Văn Nam", "OFFICIAL", "ACTIVE");
        return caseId;
    }

    @Test
    void theRollOfAnAllMemberCongressIsFilledFromTheMemberRecordsInBallotOrder() {
        long caseId = allMemberCongress();
        int added = book.fillFromMembers(caseId);
        List<RollEntry> roll = book.entries(caseId);
        // the province's own member, the cell's 9 summoned; probationary, hosted and deceased members are not
        assertThat(added).isEqualTo(roll.size());
        assertThat(roll).noneMatch(e -> e.fullName().equals("Đỗ Văn Hùng"));
        assertThat(roll).noneMatch(e -> e.fullName().equals("Bùi Thị Khánh"));
        assertThat(roll).noneMatch(e -> e.fullName().equals("Ngô Văn Long"));
        assertThat(roll).extracting(RollEntry::number).doesNotHaveDuplicates();
        // numbers follow the ballot order of names: An before Bình (given names), Bình before Cường
        assertThat(roll.stream()
                        .filter(e -> e.fullName().equals("Nguyễn Thị An"))
                        .findFirst()
                        .orElseThrow()
                        .number())
                .isLessThan(roll.stream()
                        .filter(e -> e.fullName().equals("Trần Văn Bình"))
                        .findFirst()
                        .orElseThrow()
                        .number());
        // filling again adds nobody
        assertThat(book.fillFromMembers(caseId)).isZero();
    }

    @Test
    void anAllMemberCongressTakesOutEachExclusionOfSection2() {
        long caseId = allMemberCongress();
        book.fillFromMembers(caseId);
        int summoned = book.entries(caseId).size();
        BaseExplained before = book.explain(caseId);
        assertThat(before.base().excluded())
                .isEqualTo(Map.of(Exclusion.TEMPORARY_TRANSFER, 1, Exclusion.SUSPENDED, 1, Exclusion.PROSECUTED, 1));
        assertThat(before.base().d()).isEqualTo(summoned - 3);

        String dung = book.entries(caseId).stream()
                .filter(e -> e.exempt())
                .findFirst()
                .orElseThrow()
                .fullName();
        RollEntry exempt = byName(caseId, dung);
        RollEntry withReason = book.entries(caseId).stream()
                .filter(e -> e.fullName().equals("Trần Văn Bình"))
                .findFirst()
                .orElseThrow();
        RollEntry withoutReason = book.entries(caseId).stream()
                .filter(e -> e.fullName().equals("Đinh Thị Mai"))
                .findFirst()
                .orElseThrow();
        // an exempted member who does not come is out of D, reason or not
        assertThat(absences.markAbsent(caseId, exempt.id(), Absence.WITHOUT_REASON, null)
                        .exclusion())
                .isEqualTo(Exclusion.EXEMPT_ABSENT);
        assertThat(absences.markAbsent(caseId, withReason.id(), Absence.WITH_REASON, "Ốm, nằm viện")
                        .exclusion())
                .isEqualTo(Exclusion.ABSENT_WITH_REASON);
        // absent without an accepted reason: stays in D
        assertThat(absences.markAbsent(caseId, withoutReason.id(), Absence.WITHOUT_REASON, "")
                        .exclusion())
                .isNull();

        BaseExplained after = book.explain(caseId);
        assertThat(after.base().kind()).isEqualTo(BaseKind.MEMBER_CONGRESS);
        assertThat(after.base().d()).isEqualTo(summoned - 5);
        assertThat(after.excludedPeople().get(Exclusion.ABSENT_WITH_REASON))
                .singleElement()
                .satisfies(p -> assertThat(p.reason()).isEqualTo("Ốm, nằm viện"));
        assertThat(after.excludedPeople().get(Exclusion.EXEMPT_ABSENT)).hasSize(1);

        // taken back: in D again
        absences.clearAbsence(caseId, withReason.id());
        assertThat(book.explain(caseId).base().d()).isEqualTo(summoned - 4);
    }

    @Test
    void theQuorumIsTwoThirdsOfDPresentAndOnlyThoseInDCount() {
        long caseId = allMemberCongress();
        book.fillFromMembers(caseId);
        List<RollEntry> inBase =
                book.entries(caseId).stream().filter(RollEntry::inBase).toList();
        int d = inBase.size();
        int needs = (2 * d + 2) / 3;
        for (int i = 0; i < needs - 1; i++) {
            checkIns.checkIn(caseId, null, inBase.get(i).number());
        }
        // someone excluded comes in: not counted present
        RollEntry suspended = book.entries(caseId).stream()
                .filter(e -> e.exclusion() == Exclusion.SUSPENDED)
                .findFirst()
                .orElseThrow();
        assertThat(checkIns.checkIn(caseId, null, suspended.number()).counted()).isFalse();
        VotingBase short1 = book.explain(caseId).base();
        assertThat(short1.present()).isEqualTo(needs - 1);
        assertThat(short1.quorum()).isFalse();
        checkIns.checkIn(caseId, null, inBase.get(needs - 1).number());
        assertThat(book.explain(caseId).base().quorum()).isTrue();
        assertThat(book.explain(caseId).base().quorumNeeds()).isEqualTo(needs);
    }

    @Test
    void aDelegateCongressTakesOutAbsentExOfficioAndDelegatesWithNoAlternate() {
        long caseId = RollFixtures.congress(jdbc, province.communeId(), "DELEGATE");
        RollEntry a = book.addDelegate(caseId, new NewDelegate(RollKind.ELECTED, null, "Nguyễn Văn An", "Chi bộ 1"));
        RollEntry b = book.addDelegate(caseId, new NewDelegate(RollKind.ELECTED, null, "Trần Thị Bình", "Chi bộ 2"));
        RollEntry c = book.addDelegate(caseId, new NewDelegate(RollKind.EX_OFFICIO, null, "Lê Văn Cường", null));
        book.addDelegate(caseId, new NewDelegate(RollKind.APPOINTED, province.memberId(), null, null));
        RollEntry alt1 =
                book.addDelegate(caseId, new NewDelegate(RollKind.ALTERNATE, null, "Phạm Văn Dũng", "Chi bộ 1"));
        RollEntry alt2 = book.addDelegate(caseId, new NewDelegate(RollKind.ALTERNATE, null, "Võ Văn Em", "Chi bộ 1"));
        assertThat(alt1.summoned()).isFalse();
        assertThat(List.of(a.number(), b.number(), c.number(), alt1.number())).containsExactly(1, 2, 3, 5);
        assertThat(book.explain(caseId).base().d()).isEqualTo(4);

        // an ex-officio delegate absent: out of D, and no alternate sits for them
        assertThat(absences.markAbsent(caseId, c.id(), Absence.WITH_REASON, "Công tác")
                        .exclusion())
                .isEqualTo(Exclusion.EX_OFFICIO_ABSENT);
        assertThatThrownBy(() -> absences.callUpAlternate(caseId, alt1.id(), c.id(), "Vắng"))
                .isInstanceOf(DomainException.class);
        // an elected delegate absent, no alternate yet: out of D, reason or not
        assertThat(absences.markAbsent(caseId, a.id(), Absence.WITHOUT_REASON, null)
                        .exclusion())
                .isEqualTo(Exclusion.DELEGATE_ABSENT_NO_ALTERNATE);
        VotingBase base = book.explain(caseId).base();
        assertThat(base.kind()).isEqualTo(BaseKind.DELEGATE_CONGRESS);
        assertThat(base.d()).isEqualTo(2);

        // alternates are called in order: the second cannot go first
        assertThatThrownBy(() -> absences.callUpAlternate(caseId, alt2.id(), a.id(), "Ốm"))
                .isInstanceOf(DomainException.class)
                .hasMessageContaining("alternateOrder");
        RollEntry called = absences.callUpAlternate(caseId, alt1.id(), a.id(), "Đại biểu An ốm");
        assertThat(called.summoned()).isTrue();
        assertThat(called.replacesId()).isEqualTo(a.id());
        BaseExplained after = book.explain(caseId);
        assertThat(after.base().d()).isEqualTo(3);
        assertThat(after.base().excluded()).isEqualTo(Map.of(Exclusion.EX_OFFICIO_ABSENT, 1));
        // the replaced delegate's absence stays
        assertThatThrownBy(() -> absences.clearAbsence(caseId, a.id())).isInstanceOf(DomainException.class);
    }

    @Test
    void badInputIsRefusedAndChangesNothing() {
        long caseId = RollFixtures.congress(jdbc, province.communeId(), "DELEGATE");
        assertThatThrownBy(() -> book.fillFromMembers(caseId)).isInstanceOf(DomainException.class);
        assertThatThrownBy(
                        () -> book.addDelegate(caseId, new NewDelegate(RollKind.ELECTED, null, "Nguyễn Văn An", " ")))
                .isInstanceOf(DomainException.class)
                .hasMessageContaining("unitRequired");
        assertThatThrownBy(() -> book.addDelegate(caseId, new NewDelegate(RollKind.APPOINTED, null, "  ", null)))
                .isInstanceOf(DomainException.class);
        assertThatThrownBy(() -> book.addDelegate(caseId, new NewDelegate(RollKind.APPOINTED, -5L, null, null)))
                .isInstanceOf(DomainException.class)
                .hasMessageContaining("memberNotHere");
        RollEntry a = book.addDelegate(caseId, new NewDelegate(RollKind.APPOINTED, null, "Nguyễn Văn An", null));
        assertThatThrownBy(() -> absences.markAbsent(caseId, a.id(), Absence.WITH_REASON, "  "))
                .isInstanceOf(DomainException.class)
                .hasMessageContaining("reasonRequired");
        checkIns.checkIn(caseId, null, a.number());
        assertThatThrownBy(() -> absences.markAbsent(caseId, a.id(), Absence.WITHOUT_REASON, null))
                .isInstanceOf(DomainException.class)
                .hasMessageContaining("checkedIn");
        assertThat(book.entries(caseId))
                .singleElement()
                .satisfies(e -> assertThat(e.absence()).isNull());
        long audited = jdbc.sql("select count(*) from audit_entry where entity_type = 'roll_entry' and entity_id = ?")
                .param(Long.toString(a.id()))
                .query(Long.class)
                .single();
        assertThat(audited).isEqualTo(1);
    }
}
