package vn.daihoi.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.daihoi.platform.DomainException;
import vn.daihoi.rules.CalendarEntry.Kind;
import vn.daihoi.security.TestAdmin;
import vn.daihoi.security.WebSession;

/**
 * Calendar entries against the real database. Entries go into years no other test reads (2088–2091) and are
 * removed again, so every other test sees the computed calendar.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class CalendarIntegrationTest {

    @Autowired
    WorkingDays workingDays;

    @Autowired
    WorkingCalendar calendar;

    @Autowired
    CalendarAdmin admin;

    @Autowired
    JdbcClient jdbc;

    @LocalServerPort
    int port;

    @Test
    void anEnteredMakeUpSaturdayIsSeenAtOnceAndAuditedAndRemovedAgain() {
        LocalDate saturday = LocalDate.of(2090, 3, 4);
        assertThat(saturday.getDayOfWeek().getValue()).isEqualTo(6);
        assertThat(workingDays.isWorkingDay(saturday)).isFalse();
        long revision = revision();

        admin.enter(new CalendarEntry(saturday, Kind.WORKING_DAY, " Làm bù cho thứ Hai ", "TB 1/TB-VPCP"));
        assertThat(revision()).isGreaterThan(revision);
        assertThat(workingDays.isWorkingDay(saturday)).isTrue();
        assertThat(workingDays.plusWorkingDays(saturday.minusDays(1), 1)).isEqualTo(saturday);
        assertThat(calendar.year(2090).special(saturday).orElseThrow().note()).isEqualTo("Làm bù cho thứ Hai");
        assertThat(audited("CALENDAR_DAY_ENTER", "2090-03-04")).isEqualTo(1);

        admin.remove(saturday, "Nhập nhầm");
        assertThat(workingDays.isWorkingDay(saturday)).isFalse();
        assertThat(audited("CALENDAR_DAY_REMOVE", "2090-03-04")).isEqualTo(1);
    }

    @Test
    void badEntriesAreRefusedAndNothingChanges() {
        LocalDate day = LocalDate.of(2089, 6, 6);
        assertThat(day.getDayOfWeek().getValue()).isEqualTo(1);
        long revision = revision();
        assertRefused(
                () -> admin.enter(new CalendarEntry(day, Kind.DAY_OFF, "", "TB 2")), "calendar.error.noteRequired");
        assertRefused(
                () -> admin.enter(new CalendarEntry(day, Kind.DAY_OFF, "Nghỉ", " ")),
                "calendar.error.decisionRequired");
        assertRefused(
                () -> admin.enter(new CalendarEntry(LocalDate.of(2150, 1, 5), Kind.DAY_OFF, "Nghỉ", "TB")),
                "calendar.error.yearOutOfRange");
        assertRefused(() -> admin.remove(day, "Không có"), "calendar.error.notFound");
        assertRefused(() -> admin.remove(day, ""), "calendar.error.reasonRequired");
        assertThat(revision()).isEqualTo(revision);
        assertThat(jdbc.sql("select count(*) from calendar_day where day = ?")
                        .param(java.sql.Date.valueOf(day))
                        .query(Long.class)
                        .single())
                .isZero();

        admin.enter(new CalendarEntry(day, Kind.DAY_OFF, "Nghỉ hoán đổi", "TB 3"));
        assertRefused(() -> admin.enter(new CalendarEntry(day, Kind.HOLIDAY, "Khác", "TB 4")), "calendar.error.exists");
        assertThat(workingDays.isWorkingDay(day)).isFalse();
        admin.remove(day, "Dọn dữ liệu kiểm thử");
        assertThat(workingDays.isWorkingDay(day)).isTrue();
    }

    @Test
    void anOfficialTetBreakReplacesTheDefaultUntilRemoved() {
        LocalDate tet = LunarCalendar.newYear(2088);
        LocalDate dayAfterDefault = tet.plusDays(4);
        while (dayAfterDefault.getDayOfWeek().getValue() >= 6 || !workingDays.isWorkingDay(dayAfterDefault)) {
            dayAfterDefault = dayAfterDefault.plusDays(1);
        }
        LocalDate last = dayAfterDefault;
        assertRefused(
                () -> admin.declareTet(tet.plusDays(1), tet.plusDays(5), "Nghỉ Tết", "TB 5"),
                "calendar.error.tetMissing");
        assertRefused(() -> admin.declareTet(tet, tet.minusDays(1), "Nghỉ Tết", "TB 5"), "calendar.error.tetRange");

        admin.declareTet(tet.minusDays(2), last, "Nghỉ Tết theo thông báo", "TB 6");
        assertThat(workingDays.isWorkingDay(last)).isFalse();
        assertThat(calendar.year(2088).officialTet()).isPresent();
        assertRefused(
                () -> admin.declareTet(tet.minusDays(1), tet.plusDays(3), "Lại", "TB 7"), "calendar.error.tetExists");
        assertThat(audited("CALENDAR_TET_DECLARE", "2088")).isEqualTo(1);

        admin.removeTet(2088, "Kiểm thử xong");
        assertThat(workingDays.isWorkingDay(last)).isTrue();
        assertThat(audited("CALENDAR_TET_REMOVE", "2088")).isEqualTo(1);
    }

    @Test
    void thePageAndTheApiShowTheYear() {
        WebSession session = TestAdmin.session(port);
        HttpResponse<String> page = session.get("/rules/calendar?year=2026&from=13/02/2026&days=7");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body())
                .contains("Tết Nguyên đán")
                .contains("17/02/2026")
                .contains("Giỗ Tổ Hùng Vương")
                .contains("26/04/2026")
                .contains("mặc định là 01/09")
                .contains("13/02/2026 + 7 ngày làm việc = 03/03/2026 (Thứ Ba)")
                .contains("entry-form");

        // every bad field at once, each beside its field, what was typed kept (the one form pattern)
        HttpResponse<String> bad = session.post(
                "/rules/calendar/entries",
                Map.of("day", "31/02/2091", "kind", "KHONG_CO", "note", " ", "decisionRef", "TB 9"));
        assertThat(bad.statusCode()).isEqualTo(302);
        String back = WebSession.location(bad);
        assertThat(back).endsWith("#entry-form");
        String form = session.get(back.substring(back.indexOf("/rules/"), back.indexOf('#')))
                .body();
        assertThat(form)
                .contains("data-error-for=\"day\">«Ngày (dd/MM/yyyy)»: «31/02/2091» không phải ngày hợp lệ")
                .contains("data-error-for=\"kind\">Cần chọn loại ngày")
                .contains("data-error-for=\"note\">Hãy nhập «Nội dung».")
                .doesNotContain("data-error-for=\"decisionRef\"")
                .containsPattern("id=\"e-day\"[^>]*value=\"31/02/2091\"")
                .containsPattern("id=\"e-ref\"[^>]*value=\"TB 9\"");
        HttpResponse<String> badTet = session.post(
                "/rules/calendar/tet",
                Map.of("firstDay", "32/01/2091", "lastDay", "", "note", "Tết", "decisionRef", "TB"));
        String tetBack = WebSession.location(badTet);
        assertThat(tetBack).endsWith("#tet-form");
        assertThat(session.get(tetBack.substring(tetBack.indexOf("/rules/"), tetBack.indexOf('#')))
                        .body())
                .contains("data-error-for=\"firstDay\">«Nghỉ từ ngày»: «32/01/2091» không phải ngày hợp lệ")
                .contains("data-error-for=\"lastDay\">Hãy nhập «Đến hết ngày».");

        HttpResponse<String> added = session.post(
                "/rules/calendar/entries",
                Map.of("day", "05/01/2091", "kind", "DAY_OFF", "note", "Nghỉ thử", "decisionRef", "TB 8"));
        assertThat(added.statusCode()).isEqualTo(302);
        assertThat(workingDays.isWorkingDay(LocalDate.of(2091, 1, 5))).isFalse();
        // the row's link opens the removal form with its day; a removal without a reason comes back beside it
        assertThat(session.get("/rules/calendar?year=2091&remove=05/01/2091").body())
                .containsPattern("id=\"r-day\"[^>]*value=\"05/01/2091\"");
        HttpResponse<String> noReason =
                session.post("/rules/calendar/entries/remove", Map.of("day", "05/01/2091", "reason", " "));
        assertThat(WebSession.location(noReason)).endsWith("/rules/calendar?year=2091#entry-remove-form");
        assertThat(session.get("/rules/calendar?year=2091").body())
                .contains("data-error-for=\"reason\">Hãy nhập «Lý do xóa».")
                .containsPattern("id=\"r-day\"[^>]*value=\"05/01/2091\"");
        assertThat(workingDays.isWorkingDay(LocalDate.of(2091, 1, 5))).isFalse();
        HttpResponse<String> removed =
                session.post("/rules/calendar/entries/remove", Map.of("day", "05/01/2091", "reason", "Dọn"));
        assertThat(removed.statusCode()).isEqualTo(302);
        assertThat(workingDays.isWorkingDay(LocalDate.of(2091, 1, 5))).isTrue();

        HttpResponse<String> year = TestAdmin.basic(port, "GET", "/api/calendar/2026");
        assertThat(year.statusCode()).isEqualTo(200);
        assertThat(year.body())
                .contains("\"lunarNewYear\":\"2026-02-17\"")
                .contains("\"reason\":\"HUNG_KINGS\"")
                .contains("\"date\":\"2026-04-26\"");
        HttpResponse<String> plus = TestAdmin.basic(port, "GET", "/api/calendar/plus?from=2026-02-13&days=15");
        assertThat(plus.body()).contains("\"result\":\"2026-03-13\"");
        HttpResponse<String> badPlus = TestAdmin.basic(port, "GET", "/api/calendar/plus?from=13/02/2026&days=15");
        assertThat(badPlus.statusCode()).isEqualTo(400);
    }

    private static void assertRefused(Runnable call, String key) {
        assertThatThrownBy(call::run)
                .isInstanceOfSatisfying(
                        DomainException.class, e -> assertThat(e.messageKey()).isEqualTo(key));
    }

    private long revision() {
        return jdbc.sql("select revision from calendar_revision")
                .query(Long.class)
                .single();
    }

    private long audited(String action, String entityId) {
        return jdbc.sql("select count(*) from audit_entry where action = ? and entity_id = ?")
                .params(action, entityId)
                .query(Long.class)
                .single();
    }
}
