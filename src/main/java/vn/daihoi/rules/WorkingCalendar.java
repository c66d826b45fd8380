package vn.daihoi.rules;

import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicReference;
import org.springframework.stereotype.Service;

/**
 * The working-day calendar the product uses. Computed years are kept in memory under the calendar's
 * revision, read from the database on each call (one indexed single-row read): a change made on any node
 * bumps the revision in its transaction, so every node recomputes on its next call and none serves a stale
 * calendar. For many deadlines at once take a {@link #snapshot()}.
 */
@Service
public class WorkingCalendar implements WorkingDays {

    private final CalendarStore store;
    private final AtomicReference<CalendarSnapshot> current = new AtomicReference<>();

    WorkingCalendar(CalendarStore store) {
        this.store = store;
    }

    /** The calendar of a year as it stands now: holidays, compensatory and entered days. */
    public YearCalendar year(int year) {
        return snapshotNow().year(year);
    }

    @Override
    public WorkingDays snapshot() {
        return snapshotNow();
    }

    @Override
    public boolean isWorkingDay(LocalDate date) {
        return snapshotNow().isWorkingDay(date);
    }

    @Override
    public LocalDate plusWorkingDays(LocalDate from, int n) {
        return snapshotNow().plusWorkingDays(from, n);
    }

    @Override
    public LocalDate minusWorkingDays(LocalDate to, int n) {
        return snapshotNow().minusWorkingDays(to, n);
    }

    @Override
    public int workingDaysBetween(LocalDate from, LocalDate to) {
        return snapshotNow().workingDaysBetween(from, to);
    }

    private CalendarSnapshot snapshotNow() {
        long revision = store.revision();
        CalendarSnapshot snap = current.get();
        if (snap == null || snap.revision() != revision) {
            CalendarSnapshot fresh =
                    new CalendarSnapshot(revision, y -> YearCalendar.compute(y, store.entries(y), store.tet(y)));
            // Another thread may have installed the same revision meanwhile; either copy is right.
            current.set(fresh);
            snap = fresh;
        }
        return snap;
    }
}
