package vn.daihoi.keying;

import java.util.ArrayList;
import java.util.List;
import vn.daihoi.counting.Mark;
import vn.daihoi.elections.RoundSheet;
import vn.daihoi.platform.CodeLabels;

/** A keyed ballot said back in words, so the clerk sees at a glance what was stored. */
final class Echo {

    private Echo() {}

    static String of(KeyedBallot ballot, RoundSheet sheet) {
        return switch (ballot) {
            case KeyedBallot.Invalid inv -> "Phiếu không hợp lệ: " + CodeLabels.vi(inv.reason());
            case KeyedBallot.Kept kept -> {
                List<String> struck = new ArrayList<>();
                for (RoundSheet.Name n : sheet.names()) {
                    if (!kept.numbers().contains(n.number())) {
                        struck.add(n.number() + ". " + n.fullName());
                    }
                }
                yield "Giữ " + kept.numbers().size() + " tên"
                        + (struck.isEmpty() ? ", không gạch tên nào" : "; gạch " + String.join(", ", struck));
            }
            case KeyedBallot.Marked marked -> {
                if (marked.notAgree().isEmpty()) {
                    yield "Đồng ý tất cả";
                }
                List<String> parts = new ArrayList<>();
                marked.notAgree()
                        .forEach((n, m) -> parts.add(n + ". "
                                + sheet.names().get(n - 1).fullName() + " ("
                                + (m == Mark.DISAGREE ? "không đồng ý" : m == Mark.BOTH ? "cả hai ô" : "không ô nào")
                                + ")"));
                yield String.join(", ", parts);
            }
        };
    }
}
