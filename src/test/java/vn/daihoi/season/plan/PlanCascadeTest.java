package vn.daihoi.season.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import vn.daihoi.org.OrgLevel;
import vn.daihoi.platform.DomainException;
import vn.daihoi.season.PlanCascade;
import vn.daihoi.season.PlanCascade.PlanDelegates;
import vn.daihoi.season.PlanCascade.PlanDraft;
import vn.daihoi.season.PlanCascade.PlanOutcome;
import vn.daihoi.season.PlanCascade.PlanUnit;
import vn.daihoi.season.PlanCascade.PlanWindow;

/** The cascade of a plan to the congress cases below its issuer, on the real database. */
@SpringBootTest
class PlanCascadeTest {

    static final String TERM = "2025-2030";

    @Autowired
    ApplicationContext context;

    @Autowired
    PlanCascade plans;

    @Autowired
    JdbcClient jdbc;

    PlanTree t;

    @BeforeEach
    void tree() {
        t = new PlanTree(context);
        t.signIn(t.issuer);
    }

    @AfterEach
    void signOut() {
        PlanTree.signOut();
    }

    static List<PlanWindow> windows(LocalDate cellsBy, LocalDate grassrootsBy, LocalDate communesBy) {
        return List.of(
                new PlanWindow(OrgLevel.SUPERIOR_OF_GRASSROOTS, LocalDate.of(2025, 7, 1), communesBy, BigDecimal.TWO),
                new PlanWindow(OrgLevel.GRASSROOTS_COMMITTEE, LocalDate.of(2025, 4, 1), grassrootsBy, BigDecimal.TWO),
                new PlanWindow(OrgLevel.GRASSROOTS_CELL, LocalDate.of(2025, 4, 1), grassrootsBy, BigDecimal.ONE),
                new PlanWindow(OrgLevel.SUBORDINATE_CELL, LocalDate.of(2025, 1, 1), cellsBy, new BigDecimal("0.5")));
    }

    PlanDraft draft() {
        return new PlanDraft(
                t.id("P"),
                TERM,
                "12-KH/TU",
                LocalDate.of(2025, 1, 5),
                "Kế hoạch tổ chức đại hội đảng bộ các cấp",
                15,
                windows(LocalDate.of(2025, 3, 31), LocalDate.of(2025, 6, 30), LocalDate.of(2025, 8, 31)),
                Set.of(t.id("G1")),
                List.of(new PlanUnit(t.id("X1"), t.follower1, 1), new PlanUnit(t.id("X2"), t.follower2, null)),
                new PlanDelegates(100, 5, 20, 3));
    }

    static PlanDraft with(PlanDraft d, UnaryOperator<PlanDraft> change) {
        return change.apply(d);
    }

    @Test
    void thePlanIsADocumentOfTheRegisterNumberedByItWhenLeftWithoutANumber() {
        PlanDraft d = draft();
        PlanOutcome typed = plans.issue(d);
        Map<String, Object> plan = jdbc.sql("select symbol, document_id from congress_plan where id = ?")
                .param(typed.planId())
                .query()
                .singleRow();
        assertThat(plan.get("symbol")).isEqualTo("12-KH/TU");
        assertThat(jdbc.sql("select symbol from document where id = ?")
                        .param(plan.get("document_id"))
                        .query(String.class)
                        .single())
                .isEqualTo("12-KH/TU");

        // The province's commune issues its own plan without a number: the register gives the next one.
        PlanDraft commune = new PlanDraft(
                t.id("X1"),
                TERM,
                "",
                LocalDate.of(2025, 1, 10),
                "Kế hoạch đại hội các chi bộ",
                15,
                windows(LocalDate.of(2025, 3, 31), LocalDate.of(2025, 6, 30), LocalDate.of(2025, 8, 31)),
                Set.of(),
                List.of(),
                null);
        PlanOutcome numbered = plans.issue(commune);
        String symbol = jdbc.sql("select symbol from congress_plan where id = ?")
                .param(numbered.planId())
                .query(String.class)
                .single();
        assertThat(symbol).matches("\\d{2,}-KH/ĐU");
        assertThat(jdbc.sql("""
                        select count(*) from document d join congress_plan p on p.document_id = d.id
                        where p.id = ? and d.type = 'KE_HOACH' and d.issuer_org_id = ?""")
                        .param(numbered.planId())
                        .param(t.id("X1"))
                        .query(Integer.class)
                        .single())
                .isOne();
    }

    @Test
    void theCascadeMakesACaseForEveryUnitBelowAndNoneAboveBesideOrForPartyGroups() {
        PlanOutcome out = plans.issue(draft());

        Map<String, Map<String, Object>> cases = t.cases(TERM);
        assertThat(cases.keySet()).containsExactlyInAnyOrder("X1", "G1", "C1", "C2", "G2", "X2", "G3");
        assertThat(out.created()).isEqualTo(7);
        assertThat(out.updated()).isZero();
        assertThat(cases.values()).allSatisfy(c -> {
            assertThat(c.get("state")).isEqualTo("PLAN_ISSUED");
            assertThat(c.get("kind")).isEqualTo("ALL_MEMBER");
            assertThat(c.get("plan_id")).isEqualTo(out.planId());
            assertThat(c.get("due_on")).isEqualTo(c.get("window_to"));
        });
        assertThat(cases.get("C1").get("level")).isEqualTo("SUBORDINATE_CELL");
        assertThat(cases.get("C1").get("window_to").toString()).isEqualTo("2025-03-31");
        assertThat(cases.get("C1").get("max_days")).isEqualTo(new BigDecimal("0.5"));
        assertThat(cases.get("X2").get("window_to").toString()).isEqualTo("2025-08-31");
        // Followers of the direct subordinates pass down to the units below them.
        assertThat(cases.get("X1").get("follower_user_id")).isEqualTo(t.follower1);
        assertThat(cases.get("C2").get("follower_user_id")).isEqualTo(t.follower1);
        assertThat(cases.get("G3").get("follower_user_id")).isEqualTo(t.follower2);
        assertThat(cases.get("G1").get("pilot")).isEqualTo(true);
        assertThat(cases.get("G2").get("pilot")).isEqualTo(false);
        // T=100, E=20, A=3, b=5, s(X1)=1: pool 100-20-3-11 = 66 shared 95:80 → 36 and 30.
        assertThat(cases.get("X1").get("delegate_quota")).isEqualTo(5 + 36 + 1);
        assertThat(cases.get("X2").get("delegate_quota")).isEqualTo(5 + 30);
        assertThat(cases.get("G1").get("delegate_quota")).isNull();

        List<Map<String, Object>> transitions =
                jdbc.sql("""
                        select tr.* from congress_transition tr join congress_case c on c.id = tr.case_id
                        where c.plan_id = ?""").param(out.planId()).query().listOfRows();
        assertThat(transitions).hasSize(7).allSatisfy(tr -> {
            assertThat(tr.get("from_state")).isNull();
            assertThat(tr.get("to_state")).isEqualTo("PLAN_ISSUED");
            assertThat(tr.get("reason")).isEqualTo("Kế hoạch 12-KH/TU");
            assertThat(tr.get("username")).isEqualTo(t.issuer);
            assertThat(tr.get("effective_on").toString()).isEqualTo("2025-01-05");
        });
        List<String> audit = jdbc.sql(
                        "select summary from audit_entry where entity_type = 'congress_plan' and entity_id = ?")
                .param(Long.toString(out.planId()))
                .query(String.class)
                .list();
        assertThat(audit).singleElement().asString().contains("tạo 7, cập nhật 0");
    }

    @Test
    void reissueUpdatesWindowsAndFollowersButNeverStatesAndLeavesHeldCasesAlone() {
        PlanOutcome first = plans.issue(draft());
        jdbc.sql("update congress_case set state = 'PREPARING' where org_id = ? and term = ?")
                .params(t.id("C1"), TERM)
                .update();
        jdbc.sql(
                        "update congress_case set state = 'CLOSED', closed_on = date '2025-05-01' where org_id = ? and term = ?")
                .params(t.id("G2"), TERM)
                .update();
        Map<String, Object> heldBefore = t.cases(TERM).get("G2");

        PlanDraft changed = new PlanDraft(
                null,
                null,
                "12-KH/TU",
                LocalDate.of(2025, 1, 6),
                "Kế hoạch (sửa đổi)",
                10,
                windows(LocalDate.of(2025, 4, 15), LocalDate.of(2025, 7, 15), LocalDate.of(2025, 9, 15)),
                Set.of(),
                List.of(new PlanUnit(t.id("X1"), t.follower2, null), new PlanUnit(t.id("X2"), t.follower1, null)),
                null);
        PlanOutcome again = plans.reissue(first.planId(), changed);

        assertThat(again.created()).isZero();
        assertThat(again.updated()).isEqualTo(6);
        assertThat(again.untouched()).isEqualTo(1);
        Map<String, Map<String, Object>> cases = t.cases(TERM);
        assertThat(cases.get("C1").get("state")).isEqualTo("PREPARING");
        assertThat(cases.get("C1").get("window_to").toString()).isEqualTo("2025-04-15");
        assertThat(cases.get("C1").get("due_on").toString()).isEqualTo("2025-04-15");
        assertThat(cases.get("C1").get("follower_user_id")).isEqualTo(t.follower2);
        assertThat(cases.get("G3").get("follower_user_id")).isEqualTo(t.follower1);
        assertThat(cases.get("G1").get("pilot")).isEqualTo(false);
        assertThat(cases.get("X1").get("delegate_quota")).isNull();
        assertThat(cases.get("G2")).isEqualTo(heldBefore);
        assertThat(jdbc.sql("""
                        select count(*) from congress_transition tr join congress_case c on c.id = tr.case_id
                        where c.plan_id = ?""").param(first.planId()).query(Integer.class).single())
                .as("a re-issue adds no transition to existing cases")
                .isEqualTo(7);
    }

    @Test
    void aCommunesOwnPlanIsNotOverwrittenByTheProvincesReissue() {
        PlanOutcome province = plans.issue(draft());
        t.signIn(t.communeOfficer);
        PlanOutcome commune = plans.issue(new PlanDraft(
                t.id("X1"),
                TERM,
                "03-KH/ĐU",
                LocalDate.of(2025, 1, 20),
                "Kế hoạch của xã",
                12,
                windows(LocalDate.of(2025, 2, 28), LocalDate.of(2025, 5, 31), LocalDate.of(2025, 8, 31)),
                Set.of(),
                List.of(new PlanUnit(t.id("G1"), t.communeOfficerId, null)),
                null));
        assertThat(commune.created()).isZero();
        assertThat(commune.updated()).isEqualTo(4);

        t.signIn(t.issuer);
        PlanOutcome again = plans.reissue(province.planId(), draft());
        assertThat(again.updated()).isEqualTo(3);
        Map<String, Map<String, Object>> cases = t.cases(TERM);
        assertThat(cases.get("C1").get("plan_id")).isEqualTo(commune.planId());
        assertThat(cases.get("C1").get("window_to").toString()).isEqualTo("2025-02-28");
        assertThat(cases.get("X1").get("plan_id")).isEqualTo(province.planId());
    }

    @Test
    void anotherProvincesUserIsRefusedAndNothingIsWritten() {
        t.signIn(t.outsider);
        assertThatThrownBy(() -> plans.issue(draft())).isInstanceOf(AccessDeniedException.class);
        assertThat(t.cases(TERM)).isEmpty();
        assertThat(planCount()).isZero();
    }

    @Test
    void badInputIsRefusedWithItsMessageAndLeavesNothing() {
        PlanDraft d = draft();
        Map<String, PlanDraft> bad = Map.of(
                "plan.error.windowOrder",
                new PlanDraft(
                        d.issuerId(),
                        TERM,
                        d.symbol(),
                        d.issuedOn(),
                        d.title(),
                        15,
                        windows(LocalDate.of(2024, 12, 31), LocalDate.of(2025, 6, 30), LocalDate.of(2025, 8, 31)),
                        d.pilots(),
                        d.units(),
                        d.delegates()),
                "plan.error.unknownUnit",
                new PlanDraft(
                        d.issuerId(),
                        TERM,
                        d.symbol(),
                        d.issuedOn(),
                        d.title(),
                        15,
                        d.windows(),
                        Set.of(t.id("X3")),
                        d.units(),
                        d.delegates()),
                "plan.error.followerNoRole",
                new PlanDraft(
                        d.issuerId(),
                        TERM,
                        d.symbol(),
                        d.issuedOn(),
                        d.title(),
                        15,
                        d.windows(),
                        d.pilots(),
                        List.of(new PlanUnit(t.id("X1"), t.communeOfficerId, null)),
                        d.delegates()),
                "plan.error.specialNegative",
                new PlanDraft(
                        d.issuerId(),
                        TERM,
                        d.symbol(),
                        d.issuedOn(),
                        d.title(),
                        15,
                        d.windows(),
                        d.pilots(),
                        List.of(new PlanUnit(t.id("X1"), null, -2)),
                        d.delegates()),
                "plan.error.poolNegative",
                new PlanDraft(
                        d.issuerId(),
                        TERM,
                        d.symbol(),
                        d.issuedOn(),
                        d.title(),
                        15,
                        d.windows(),
                        d.pilots(),
                        d.units(),
                        new PlanDelegates(30, 5, 20, 3)),
                "plan.error.notDirect",
                new PlanDraft(
                        d.issuerId(),
                        TERM,
                        d.symbol(),
                        d.issuedOn(),
                        d.title(),
                        15,
                        d.windows(),
                        d.pilots(),
                        List.of(new PlanUnit(t.id("G1"), null, null)),
                        d.delegates()),
                "plan.error.negative",
                new PlanDraft(
                        d.issuerId(),
                        TERM,
                        d.symbol(),
                        d.issuedOn(),
                        d.title(),
                        -1,
                        d.windows(),
                        d.pilots(),
                        d.units(),
                        d.delegates()),
                "plan.error.windowMissing",
                new PlanDraft(
                        d.issuerId(),
                        TERM,
                        d.symbol(),
                        d.issuedOn(),
                        d.title(),
                        15,
                        d.windows().subList(0, 2),
                        d.pilots(),
                        d.units(),
                        d.delegates()),
                "plan.error.term",
                new PlanDraft(
                        d.issuerId(),
                        "2030-2025",
                        d.symbol(),
                        d.issuedOn(),
                        d.title(),
                        15,
                        d.windows(),
                        d.pilots(),
                        d.units(),
                        d.delegates()));
        bad.forEach((key, draft) -> assertThatThrownBy(() -> plans.issue(draft))
                .as(key)
                .isInstanceOfSatisfying(
                        DomainException.class, e -> assertThat(e.messageKey()).isEqualTo(key)));
        assertThat(t.cases(TERM)).isEmpty();
        assertThat(planCount()).isZero();
    }

    @Test
    void aSecondPlanOfTheSameIssuerAndTermIsRefused() {
        plans.issue(draft());
        assertThatThrownBy(() -> plans.issue(draft()))
                .isInstanceOfSatisfying(
                        DomainException.class, e -> assertThat(e.messageKey()).isEqualTo("plan.error.exists"));
        assertThat(planCount()).isEqualTo(1);
    }

    @Test
    void theWindowLevelsTheDatabaseAllowsAreTheLevelsThatHoldCongresses() {
        String def = jdbc.sql("select pg_get_constraintdef(oid) from pg_constraint where conname = ?")
                .param("congress_plan_window_level_check")
                .query(String.class)
                .single();
        List<String> allowed = java.util.Arrays.stream(def.split("'"))
                .filter(x -> x.matches("[A-Z_]+"))
                .sorted()
                .toList();
        assertThat(allowed)
                .isEqualTo(java.util.Arrays.stream(OrgLevel.values())
                        .filter(l -> l != OrgLevel.PARTY_GROUP)
                        .map(Enum::name)
                        .sorted()
                        .toList());
    }

    int planCount() {
        return jdbc.sql("select count(*) from congress_plan where issuer_id = ?")
                .param(t.id("P"))
                .query(Integer.class)
                .single();
    }
}
