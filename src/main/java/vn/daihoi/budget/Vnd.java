package vn.daihoi.budget;

/** Whole đồng written the Vietnamese way: 1.234.567 đ. */
public final class Vnd {

    /** For templates: {@code ${vnd.of(amount)}}. */
    public static final Vnd INSTANCE = new Vnd();

    private Vnd() {}

    public String of(long amount) {
        return format(amount);
    }

    public static String format(long amount) {
        String digits = Long.toString(Math.abs(amount));
        StringBuilder out = new StringBuilder();
        int lead = digits.length() % 3 == 0 ? 3 : digits.length() % 3;
        out.append(digits, 0, lead);
        for (int i = lead; i < digits.length(); i += 3) {
            out.append('.').append(digits, i, i + 3);
        }
        return (amount < 0 ? "-" : "") + out + " đ";
    }
}
