package vn.daihoi.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.daihoi.org.OrgLevel;
import vn.daihoi.platform.DomainException;
import vn.daihoi.security.TestAdmin;
import vn.daihoi.security.WebSession;

/**
 * The rulebook against the real database: the seed, a change that closes the row in force and opens a new
 * one (audited), bad changes refused with nothing written, the page and the API. Changes use the CENTRAL
 * level, which the seed leaves empty, one parameter per test, so other tests' values stay as seeded.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class RulebookIntegrationTest {

    static final String TERM = "2025-2030";

    @Autowired
    Rulebook rulebook;

    @Autowired
    RuleParameters parameters;

    @Autowired
    JdbcClient jdbc;

    @LocalServerPort
    int port;

    @Test
    void theSeedHoldsBothTermsWithTheirBasis() {
        LocalDate mid2025 = LocalDate.of(2025, 7, 1);
        assertThat(rulebook.date(TERM, OrgLevel.GRASSROOTS_COMMITTEE, RuleKey.WINDOW_TO, mid2025))
                .contains(LocalDate.of(2025, 6, 30));
        assertThat(rulebook.integer(TERM, OrgLevel.SUPERIOR_OF_GRASSROOTS, RuleKey.EXECUTIVE_SIZE_MAX, mid2025))
                .contains(33);
        assertThat(rulebook.integer(TERM, OrgLevel.GRASSROOTS_CELL, RuleKey.CONFIRM_WORKING_DAYS, mid2025))
                .contains(15);
        assertThat(rulebook.value(TERM, OrgLevel.DIRECTLY_UNDER_CENTRAL, RuleKey.AGE_REFERENCE_MONTH, mid2025))
                .contains("2025-09");
        assertThat(rulebook.value(TERM, OrgLevel.SUBORDINATE_CELL, RuleKey.MAX_CONGRESS_DAYS, mid2025))
                .contains("0.5");
        LocalDate mid2020 = LocalDate.of(2020, 7, 1);
        assertThat(rulebook.integer(
                        "2020-2025", OrgLevel.GRASSROOTS_COMMITTEE, RuleKey.DELEGATE_CONGRESS_THRESHOLD, mid2020))
                .contains(200);
        assertThat(rulebook.value("2020-2025", OrgLevel.SUPERIOR_OF_GRASSROOTS, RuleKey.MAX_CONGRESS_DAYS, mid2020))
                .contains("3");
        assertThat(rulebook.value(TERM, OrgLevel.GRASSROOTS_COMMITTEE, RuleKey.WINDOW_TO, LocalDate.of(2025, 1, 1)))
                .as("before Chỉ thị 45 was issued")
                .isEmpty();
        List<RuleParameter> threshold = parameters.inForce(TERM, OrgLevel.GRASSROOTS_COMMITTEE, mid2025).stream()
                .filter(p -> p.key() == RuleKey.DELEGATE_CONGRESS_THRESHOLD)
                .toList();
        assertThat(threshold)
                .singleElement()
                .satisfies(p -> assertThat(p.legalBasis()).contains("chưa xác minh"));
        assertThat(jdbc.sql("select count(*) from rule_parameter where legal_basis = '' or legal_basis is null")
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void aChangeClosesTheRowInForceAndOpensANewOneAudited() {
        RuleKey key = RuleKey.TARGET_SCIENCE_PCT;
        LocalDate first = LocalDate.of(2025, 5, 1);
        RuleParameter opened = parameters.change(
                new RuleChange(TERM, OrgLevel.CENTRAL, key, "5", "Chỉ thị 45-CT/TW ngày 14/4/2025", first));
        assertThat(opened.validTo()).isNull();
        RuleParameter changed = parameters.change(new RuleChange(
                TERM,
                OrgLevel.CENTRAL,
                key,
                "7,5",
                "Kết luận giả định 999-KL/TW ngày 01/9/2025",
                LocalDate.of(2025, 9, 1)));

        assertThat(changed.value()).isEqualTo("7.5");
        assertThat(rulebook.value(TERM, OrgLevel.CENTRAL, key, LocalDate.of(2025, 8, 31)))
                .contains("5");
        assertThat(rulebook.value(TERM, OrgLevel.CENTRAL, key, LocalDate.of(2025, 9, 1)))
                .contains("7.5");
        List<RuleParameter> history = parameters.history(TERM, OrgLevel.CENTRAL).stream()
                .filter(p -> p.key() == key)
                .toList();
        assertThat(history).hasSize(2);
        assertThat(history.get(1).validTo()).isEqualTo(LocalDate.of(2025, 9, 1));
        assertThat(history.get(1).lastDay()).isEqualTo(LocalDate.of(2025, 8, 31));
        assertThat(jdbc.sql("select count(*) from audit_entry where action = 'RULE_CHANGE' and entity_id = ?")
                        .param(Long.toString(changed.id()))
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
        assertThat(jdbc.sql("select summary from audit_entry where action = 'RULE_CHANGE' and entity_id = ?")
                        .param(Long.toString(changed.id()))
                        .query(String.class)
                        .single())
                .contains("Chỉ tiêu cán bộ khoa học")
                .contains("7,5")
                .contains("01/09/2025");
    }

    @Test
    void badChangesAreRefusedAndNothingIsWritten() {
        RuleKey key = RuleKey.STANDING_SIZE_MAX;
        parameters.change(new RuleChange(TERM, OrgLevel.CENTRAL, key, "15", "Căn cứ thử", LocalDate.of(2025, 5, 1)));
        long rows = count();
        long audits = audits();

        assertRefused(
                new RuleChange(TERM, OrgLevel.CENTRAL, key, "mười", "Căn cứ", LocalDate.of(2025, 6, 1)),
                "rule.error.value");
        assertRefused(
                new RuleChange(TERM, OrgLevel.CENTRAL, key, "17", "  ", LocalDate.of(2025, 6, 1)),
                "rule.error.basisRequired");
        assertRefused(
                new RuleChange(TERM, OrgLevel.CENTRAL, key, "17", "Căn cứ", null), "rule.error.validFromRequired");
        assertRefused(
                new RuleChange(TERM, OrgLevel.CENTRAL, key, "17", "Căn cứ", LocalDate.of(2025, 5, 1)),
                "rule.error.validFrom");
        assertRefused(
                new RuleChange("2030-2035", OrgLevel.CENTRAL, key, "17", "Căn cứ", LocalDate.of(2025, 6, 1)),
                "rule.error.term");

        assertThat(count()).isEqualTo(rows);
        assertThat(audits()).isEqualTo(audits);
        assertThat(rulebook.value(TERM, OrgLevel.CENTRAL, key, LocalDate.of(2025, 7, 1)))
                .contains("15");
    }

    @Test
    void thePageShowsTheRulebookAndTheFormRefusesABadValueInVietnamese() {
        WebSession admin = TestAdmin.session(port);
        HttpResponse<String> page = admin.get("/rules?term=2025-2030&level=SUPERIOR_OF_GRASSROOTS");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body())
                .contains("Số cấp ủy viên tối đa")
                .contains("Chỉ thị 45-CT/TW ngày 14/4/2025")
                .contains("31/08/2025")
                .contains("rule-change");

        // every bad field at once, beside its field, what was typed kept
        HttpResponse<String> bad = admin.post(
                "/rules/change",
                Map.of(
                        "term", TERM,
                        "level", "CENTRAL",
                        "key", "",
                        "value", "abc",
                        "legalBasis", " ",
                        "validFrom", "31/06/2025"));
        assertThat(bad.statusCode()).isEqualTo(302);
        assertThat(WebSession.location(bad)).endsWith("/rules?term=" + TERM + "&level=CENTRAL#rule-change");
        String form = admin.get("/rules?term=" + TERM + "&level=CENTRAL").body();
        assertThat(form)
                .contains("data-error-for=\"key\">Hãy nhập «Tham số».")
                .contains("data-error-for=\"legalBasis\">Hãy nhập «Căn cứ».")
                .contains("data-error-for=\"validFrom\">«Từ ngày»: «31/06/2025» không phải ngày hợp lệ")
                .containsPattern("id=\"c-value\"[^>]*value=\"abc\"")
                .containsPattern("<option value=\"CENTRAL\" selected");

        // an empty post (no term at all) comes back to the default term's form, not an error page
        HttpResponse<String> empty = admin.post("/rules/change", Map.of());
        assertThat(WebSession.location(empty)).endsWith("/rules?term=" + TERM + "#rule-change");

        // a value the service refuses comes back beside the value
        admin.post(
                "/rules/change",
                Map.of(
                        "term", TERM,
                        "level", "CENTRAL",
                        "key", "EXECUTIVE_SIZE_MIN",
                        "value", "abc",
                        "legalBasis", "Căn cứ",
                        "validFrom", "01/06/2025"));
        assertThat(admin.get("/rules?term=" + TERM + "&level=CENTRAL").body())
                .contains("data-error-for=\"value\">Giá trị «abc» không hợp lệ cho tham số «Số cấp ủy viên tối thiểu»");

        HttpResponse<String> ok = admin.post(
                "/rules/change",
                Map.of(
                        "term", TERM,
                        "level", "CENTRAL",
                        "key", "EXECUTIVE_SIZE_MIN",
                        "value", "180",
                        "legalBasis", "Quy định giả định cho kiểm thử",
                        "validFrom", "01/06/2025"));
        assertThat(ok.statusCode()).isEqualTo(302);
        assertThat(rulebook.integer(TERM, OrgLevel.CENTRAL, RuleKey.EXECUTIVE_SIZE_MIN, LocalDate.of(2025, 7, 1)))
                .contains(180);
    }

    @Test
    void theApiListsTheParametersInForce() {
        HttpResponse<String> r =
                TestAdmin.basic(port, "GET", "/api/rules?term=2020-2025&level=DIRECTLY_UNDER_CENTRAL&on=2020-07-01");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body())
                .contains("\"key\":\"WINDOW_TO\"")
                .contains("\"value\":\"2020-10-31\"")
                .contains("Chỉ thị 35-CT/TW");
        HttpResponse<String> bad = TestAdmin.basic(port, "GET", "/api/rules?term=1999-2004");
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(bad.body()).contains("1999-2004");
    }

    private void assertRefused(RuleChange change, String messageKey) {
        assertThatThrownBy(() -> parameters.change(change))
                .isInstanceOfSatisfying(
                        DomainException.class, e -> assertThat(e.messageKey()).isEqualTo(messageKey));
    }

    private long count() {
        return jdbc.sql("select count(*) from rule_parameter").query(Long.class).single();
    }

    private long audits() {
        return jdbc.sql("select count(*) from audit_entry where action = 'RULE_CHANGE'")
                .query(Long.class)
                .single();
    }
}
