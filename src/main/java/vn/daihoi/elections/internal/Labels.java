package vn.daihoi.elections.internal;

import java.math.BigDecimal;
import vn.daihoi.counting.Body;
import vn.daihoi.counting.Exclusion;
import vn.daihoi.counting.InvalidReason;
import vn.daihoi.platform.CodeLabels;

/** The Vietnamese words the printed papers use for the engine's codes. */
public final class Labels {

    private Labels() {}

    /** A body's one label (platform.CodeLabels), as the pages word it. */
    public static String body(Body b) {
        return CodeLabels.vi(b);
    }

    public static String exclusion(Exclusion x) {
        return CodeLabels.vi(x);
    }

    public static String invalid(InvalidReason r) {
        return CodeLabels.vi(r);
    }

    /** Of D, two decimals, a decimal comma: 94,34%. */
    public static String percent(String dotted) {
        return dotted.replace('.', ',') + "%";
    }

    public static String percent(BigDecimal p) {
        return percent(p.toPlainString());
    }
}
