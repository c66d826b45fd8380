package vn.daihoi.demo.internal;

import java.time.LocalDate;

/**
 * Unique citizen identity numbers (CCCD) and party card numbers for generated members.
 *
 * <p>A CCCD has 12 digits: the 3-digit province code of the birth registration, a sex-and-century digit
 * (0/1 male/female born in the 1900s, 2/3 in the 2000s), the last two digits of the birth year and a
 * 6-digit serial. Serials count per (province, sex-century, year), and each generator owns a disjoint
 * serial range, so the sample and the national data never collide; the serial is scrambled by a
 * bijection so numbers do not look consecutive.
 */
public final class IdNumbers {

    private final int serialBase;
    private final int serialLimit;
    private final String cardPrefix;
    private final int[] next = new int[1_000_000];
    private long cards;

    private IdNumbers(int serialBase, int serialLimit, String cardPrefix) {
        this.serialBase = serialBase;
        this.serialLimit = serialLimit;
        this.cardPrefix = cardPrefix;
    }

    /** Numbers for the sample province: serials 0–99,999 and 8-digit cards starting with 17. */
    public static IdNumbers sample() {
        return new IdNumbers(0, 100_000, "17");
    }

    /** Numbers for the national data: serials 100,000–999,999 and 9-digit cards starting with 5. */
    public static IdNumbers national() {
        return new IdNumbers(100_000, 1_000_000, "5");
    }

    /** Numbers for the import benchmark (use province code 999): 10-digit cards, disjoint from the others. */
    public static IdNumbers benchmark() {
        return new IdNumbers(100_000, 1_000_000, "9");
    }

    public String nationalId(int provinceCode, boolean male, LocalDate birthDate) {
        int year = birthDate.getYear();
        int sexCentury = (year >= 2000 ? 2 : 0) + (male ? 0 : 1);
        int key = provinceCode * 1000 + sexCentury * 100 + year % 100;
        int serial = serialBase + next[key]++;
        if (serial >= serialLimit) {
            throw new IllegalStateException("CCCD serials exhausted for " + key);
        }
        long scrambled = (serial * 7919L + 12_345L) % 1_000_000L;
        return "%03d%d%02d%06d".formatted(provinceCode, sexCentury, year % 100, scrambled);
    }

    public String nextCard() {
        cards++;
        return switch (cardPrefix) {
            case "17" -> "17%06d".formatted(cards);
            case "5" -> "5%08d".formatted(cards);
            default -> cardPrefix + "%09d".formatted(cards);
        };
    }
}
