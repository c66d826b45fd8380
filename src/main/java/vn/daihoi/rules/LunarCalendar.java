package vn.daihoi.rules;

import java.time.LocalDate;
import java.util.Optional;

/**
 * The Vietnamese lunar calendar (âm lịch), computed astronomically for UTC+7 with Hồ Ngọc Đức's
 * algorithm: a month starts on the day (in Vietnam's time) of the new moon, month 11 holds the winter
 * solstice, and in a 13-month year the first month without a major solar term is the leap month. The
 * Chinese calendar uses the same rules for UTC+8, which is why the two occasionally differ by a day or
 * a month. Pure arithmetic: no clock, no I/O. Good for 1900–2100 (the approximations' range).
 */
public final class LunarCalendar {

    /** Vietnam's time zone in hours: the lunar calendar's dates depend on it. */
    static final double TIME_ZONE = 7.0;

    /** The Julian day number of 1970-01-01 (noon-based), to go between JDN and {@link LocalDate}. */
    private static final long EPOCH_JDN = 2_440_588L;

    private static final double SYNODIC_MONTH = 29.530588853;
    private static final double NEW_MOON_1900 = 2415021.076998695;

    private LunarCalendar() {}

    /** A lunar date: day 1–30, month 1–12, the lunar year (numbered as the solar year it mostly lies in). */
    public record LunarDate(int day, int month, int year, boolean leap) {
        public LunarDate {
            if (day < 1 || day > 30 || month < 1 || month > 12) {
                throw new IllegalArgumentException("not a lunar date: " + day + "/" + month + "/" + year);
            }
        }

        @Override
        public String toString() {
            return day + "/" + month + (leap ? " (nhuận)" : "") + "/" + year;
        }
    }

    /** The lunar date of a solar (Gregorian) date. */
    public static LunarDate toLunar(LocalDate date) {
        int dayNumber = jdn(date);
        int k = (int) Math.floor((dayNumber - NEW_MOON_1900) / SYNODIC_MONTH);
        int monthStart = newMoonDay(k + 1);
        if (monthStart > dayNumber) {
            monthStart = newMoonDay(k);
        }
        int yy = date.getYear();
        int a11 = lunarMonth11(yy);
        int b11 = a11;
        int lunarYear;
        if (a11 >= monthStart) {
            lunarYear = yy;
            a11 = lunarMonth11(yy - 1);
        } else {
            lunarYear = yy + 1;
            b11 = lunarMonth11(yy + 1);
        }
        int lunarDay = dayNumber - monthStart + 1;
        int diff = (int) Math.floor((monthStart - a11) / 29.0);
        boolean leap = false;
        int lunarMonth = diff + 11;
        if (b11 - a11 > 365) {
            int leapMonthDiff = leapMonthOffset(a11);
            if (diff >= leapMonthDiff) {
                lunarMonth = diff + 10;
                leap = diff == leapMonthDiff;
            }
        }
        if (lunarMonth > 12) {
            lunarMonth -= 12;
        }
        if (lunarMonth >= 11 && diff < 4) {
            lunarYear -= 1;
        }
        return new LunarDate(lunarDay, lunarMonth, lunarYear, leap);
    }

    /**
     * The solar date of a lunar date; empty when it does not exist (a leap flag on a month that is not
     * leap that year, or day 30 of a 29-day month).
     */
    public static Optional<LocalDate> toSolar(int day, int month, int year, boolean leap) {
        if (day < 1 || day > 30 || month < 1 || month > 12) {
            return Optional.empty();
        }
        int a11;
        int b11;
        if (month < 11) {
            a11 = lunarMonth11(year - 1);
            b11 = lunarMonth11(year);
        } else {
            a11 = lunarMonth11(year);
            b11 = lunarMonth11(year + 1);
        }
        int k = (int) Math.floor(0.5 + (a11 - NEW_MOON_1900) / SYNODIC_MONTH);
        int off = month - 11;
        if (off < 0) {
            off += 12;
        }
        if (b11 - a11 > 365) {
            int leapOff = leapMonthOffset(a11);
            int leapMonth = leapOff - 2;
            if (leapMonth < 0) {
                leapMonth += 12;
            }
            if (leap && month != leapMonth) {
                return Optional.empty();
            }
            if (leap || off >= leapOff) {
                off += 1;
            }
        } else if (leap) {
            return Optional.empty();
        }
        int monthStart = newMoonDay(k + off);
        if (day == 30 && newMoonDay(k + off + 1) - monthStart < 30) {
            return Optional.empty();
        }
        return Optional.of(fromJdn(monthStart + day - 1));
    }

    /** The solar date of a lunar date in a non-leap month (holidays are never in a leap month). */
    public static LocalDate toSolar(int day, int month, int year) {
        return toSolar(day, month, year, false)
                .orElseThrow(() -> new IllegalArgumentException("no lunar date " + day + "/" + month + "/" + year));
    }

    /** Tết Nguyên đán: 1/1 of the lunar year that begins in solar year {@code year}. */
    public static LocalDate newYear(int year) {
        return toSolar(1, 1, year);
    }

    static int jdn(LocalDate date) {
        return (int) (date.toEpochDay() + EPOCH_JDN);
    }

    static LocalDate fromJdn(int jdn) {
        return LocalDate.ofEpochDay(jdn - EPOCH_JDN);
    }

    /** Julian day (with fraction, UT) of the k-th new moon after 1/1/1900 (Meeus' simplified series). */
    static double newMoon(int k) {
        double t = k / 1236.85;
        double t2 = t * t;
        double t3 = t2 * t;
        double dr = Math.PI / 180;
        double jd1 = 2415020.75933 + 29.53058868 * k + 0.0001178 * t2 - 0.000000155 * t3;
        jd1 += 0.00033 * Math.sin((166.56 + 132.87 * t - 0.009173 * t2) * dr);
        double m = 359.2242 + 29.10535608 * k - 0.0000333 * t2 - 0.00000347 * t3;
        double mpr = 306.0253 + 385.81691806 * k + 0.0107306 * t2 + 0.00001236 * t3;
        double f = 21.2964 + 390.67050646 * k - 0.0016528 * t2 - 0.00000239 * t3;
        double c1 = (0.1734 - 0.000393 * t) * Math.sin(m * dr) + 0.0021 * Math.sin(2 * dr * m);
        c1 = c1 - 0.4068 * Math.sin(mpr * dr) + 0.0161 * Math.sin(dr * 2 * mpr);
        c1 = c1 - 0.0004 * Math.sin(dr * 3 * mpr);
        c1 = c1 + 0.0104 * Math.sin(dr * 2 * f) - 0.0051 * Math.sin(dr * (m + mpr));
        c1 = c1 - 0.0074 * Math.sin(dr * (m - mpr)) + 0.0004 * Math.sin(dr * (2 * f + m));
        c1 = c1 - 0.0004 * Math.sin(dr * (2 * f - m)) - 0.0006 * Math.sin(dr * (2 * f + mpr));
        c1 = c1 + 0.0010 * Math.sin(dr * (2 * f - mpr)) + 0.0005 * Math.sin(dr * (2 * mpr + m));
        double deltaT = t < -11
                ? 0.001 + 0.000839 * t + 0.0002261 * t2 - 0.00000845 * t3 - 0.000000081 * t * t3
                : -0.000278 + 0.000265 * t + 0.000262 * t2;
        return jd1 + c1 - deltaT;
    }

    /** The day number (in Vietnam's time) of the k-th new moon. */
    static int newMoonDay(int k) {
        return (int) Math.floor(newMoon(k) + 0.5 + TIME_ZONE / 24);
    }

    /** The sun's apparent longitude in radians, 0..2π, at Julian day {@code jdn} (UT). */
    static double sunLongitude(double jdn) {
        double t = (jdn - 2451545.0) / 36525;
        double t2 = t * t;
        double dr = Math.PI / 180;
        double m = 357.52910 + 35999.05030 * t - 0.0001559 * t2 - 0.00000048 * t * t2;
        double l0 = 280.46645 + 36000.76983 * t + 0.0003032 * t2;
        double dl = (1.914600 - 0.004817 * t - 0.000014 * t2) * Math.sin(dr * m);
        dl += (0.019993 - 0.000101 * t) * Math.sin(dr * 2 * m) + 0.000290 * Math.sin(dr * 3 * m);
        double l = (l0 + dl) * dr;
        return l - Math.PI * 2 * Math.floor(l / (Math.PI * 2));
    }

    /** The sector (0–11, one per major solar term) the sun is in at the start of that local day. */
    static int sunSector(int dayNumber) {
        return (int) Math.floor(sunLongitude(dayNumber - 0.5 - TIME_ZONE / 24) / Math.PI * 6);
    }

    /** The first day of lunar month 11 (the month holding the winter solstice) of solar year {@code yy}. */
    static int lunarMonth11(int yy) {
        int off = jdn(LocalDate.of(yy, 12, 31)) - 2415021;
        int k = (int) Math.floor(off / SYNODIC_MONTH);
        int nm = newMoonDay(k);
        if (sunSector(nm) >= 9) {
            nm = newMoonDay(k - 1);
        }
        return nm;
    }

    /** In a 13-month year starting with month 11 at {@code a11}: the offset of the leap month. */
    static int leapMonthOffset(int a11) {
        int k = (int) Math.floor((a11 - NEW_MOON_1900) / SYNODIC_MONTH + 0.5);
        int i = 1;
        int arc = sunSector(newMoonDay(k + i));
        int last;
        do {
            last = arc;
            i++;
            arc = sunSector(newMoonDay(k + i));
        } while (arc != last && i < 14);
        return i - 1;
    }
}
