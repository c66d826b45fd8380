package vn.daihoi.rules;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.daihoi.audit.AuditLog;
import vn.daihoi.platform.Dates;
import vn.daihoi.platform.DomainException;

/**
 * Entering official decisions into the calendar: a day's entry (holiday, day off, make-up day) and a year's
 * official Tết break. Each change is one transaction with its audit entry and a new calendar revision.
 * The caller checks RULEBOOK_EDIT.
 */
@Service
public class CalendarAdmin {

    static final int MIN_YEAR = 2000;
    static final int MAX_YEAR = 2100;
    static final int MAX_NOTE = 500;
    static final int MAX_REF = 200;
    /** The longest Tết break decided in recent years is 9 days; 16 leaves room for swaps. */
    static final int MAX_TET_DAYS = 16;

    private final CalendarStore store;
    private final AuditLog audit;
    private final Clock clock;

    CalendarAdmin(CalendarStore store, AuditLog audit, Clock clock) {
        this.store = store;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public void enter(CalendarEntry entry) {
        String day = Dates.format(entry.day());
        checkYear(entry.day().getYear());
        String note = required(entry.note(), MAX_NOTE, "calendar.error.noteRequired", day);
        String ref = required(entry.decisionRef(), MAX_REF, "calendar.error.decisionRequired", day);
        store.entry(entry.day()).ifPresent(old -> {
            throw DomainException.conflict("calendar.error.exists", day, old.note());
        });
        CalendarEntry clean = new CalendarEntry(entry.day(), entry.kind(), note, ref);
        store.insert(clean, actor(), clock.instant());
        store.bumpRevision();
        audit.record(AuditLog.Change.of(
                        "CALENDAR_DAY_ENTER",
                        "calendar_day",
                        entry.day(),
                        null,
                        "Nhập ngày " + day + " vào lịch làm việc (" + kindName(entry.kind()) + "): " + note)
                .withDetails("căn cứ: " + ref));
    }

    @Transactional
    public void remove(LocalDate date, String reason) {
        String day = Dates.format(date);
        String why = required(reason, MAX_NOTE, "calendar.error.reasonRequired", day);
        CalendarEntry old =
                store.entry(date).orElseThrow(() -> DomainException.notFound("calendar.error.notFound", day));
        store.delete(date);
        store.bumpRevision();
        audit.record(AuditLog.Change.of(
                        "CALENDAR_DAY_REMOVE",
                        "calendar_day",
                        date,
                        null,
                        "Xóa ngày " + day + " (" + kindName(old.kind()) + ": " + old.note() + ") khỏi lịch làm việc: "
                                + why)
                .withDetails("căn cứ cũ: " + old.decisionRef()));
    }

    @Transactional
    public void declareTet(LocalDate first, LocalDate last, String note, String decisionRef) {
        String from = Dates.format(first);
        String to = Dates.format(last);
        checkYear(first.getYear());
        if (last.isBefore(first) || ChronoUnit.DAYS.between(first, last) >= MAX_TET_DAYS) {
            throw new DomainException("calendar.error.tetRange", from, to, MAX_TET_DAYS);
        }
        int year = first.getYear();
        LocalDate tet = LunarCalendar.newYear(year);
        if (tet.isBefore(first) || tet.isAfter(last)) {
            throw new DomainException("calendar.error.tetMissing", from, to, Dates.format(tet));
        }
        String n = required(note, MAX_NOTE, "calendar.error.tetNoteRequired", Integer.toString(year));
        String ref = required(decisionRef, MAX_REF, "calendar.error.tetDecisionRequired", Integer.toString(year));
        if (store.tet(year).isPresent()) {
            throw DomainException.conflict("calendar.error.tetExists", Integer.toString(year));
        }
        store.insertTet(new OfficialTet(year, first, last, n, ref), actor(), clock.instant());
        store.bumpRevision();
        audit.record(AuditLog.Change.of(
                        "CALENDAR_TET_DECLARE",
                        "official_tet",
                        year,
                        null,
                        "Nhập lịch nghỉ Tết Nguyên đán " + year + " từ " + from + " đến " + to + ": " + n)
                .withDetails("căn cứ: " + ref));
    }

    @Transactional
    public void removeTet(int year, String reason) {
        String why = required(reason, MAX_NOTE, "calendar.error.tetReasonRequired", Integer.toString(year));
        OfficialTet old = store.tet(year)
                .orElseThrow(() -> DomainException.notFound("calendar.error.tetNotFound", Integer.toString(year)));
        store.deleteTet(year);
        store.bumpRevision();
        audit.record(AuditLog.Change.of(
                        "CALENDAR_TET_REMOVE",
                        "official_tet",
                        year,
                        null,
                        "Xóa lịch nghỉ Tết Nguyên đán " + year + " (" + Dates.format(old.firstDay()) + " – "
                                + Dates.format(old.lastDay()) + "), trở lại lịch mặc định: " + why)
                .withDetails("căn cứ cũ: " + old.decisionRef()));
    }

    private static void checkYear(int year) {
        if (year < MIN_YEAR || year > MAX_YEAR) {
            throw new DomainException(
                    "calendar.error.yearOutOfRange",
                    Integer.toString(year),
                    Integer.toString(MIN_YEAR),
                    Integer.toString(MAX_YEAR));
        }
    }

    /** The stripped text, refused with {@code key} when blank or longer than {@code max}. */
    static String required(String text, int max, String key, Object what) {
        String t = text == null ? "" : text.strip();
        if (t.isEmpty() || t.length() > max) {
            throw new DomainException(key, what, max);
        }
        return t;
    }

    private static String kindName(CalendarEntry.Kind kind) {
        return switch (kind) {
            case HOLIDAY -> "ngày nghỉ lễ";
            case DAY_OFF -> "ngày nghỉ hoán đổi";
            case WORKING_DAY -> "ngày làm bù";
        };
    }

    static String actor() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth == null || !auth.isAuthenticated() ? "system" : auth.getName();
    }
}
