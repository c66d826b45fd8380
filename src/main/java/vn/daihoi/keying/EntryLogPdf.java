package vn.daihoi.keying;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.util.HtmlUtils;
import vn.daihoi.elections.ElectionRounds;
import vn.daihoi.elections.RoundSheet;
import vn.daihoi.platform.HtmlPdf;

/** The entry log printed for the minutes: every entry with its hash, and whether the chain verifies. */
@Service
public class EntryLogPdf {

    private static final DateTimeFormatter TIME =
            DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm:ss").withZone(ZoneId.of("Asia/Ho_Chi_Minh"));

    private final EntryLog log;
    private final ElectionRounds rounds;

    EntryLogPdf(EntryLog log, ElectionRounds rounds) {
        this.log = log;
        this.rounds = rounds;
    }

    @Transactional(readOnly = true)
    public byte[] render(long roundId) {
        RoundSheet sheet = rounds.sheet(roundId);
        List<EntryLog.Entry> entries = log.entries(roundId);
        EntryLog.Verification check = log.verify(roundId);
        StringBuilder html = new StringBuilder();
        html.append("<html><head><style>body{font-family:'")
                .append(HtmlPdf.FAMILY)
                .append("';font-size:8pt} h1{font-size:13pt;text-align:center} .e{border-bottom:0.3pt solid #999;")
                .append("padding:1pt 0} .head{font-weight:bold} .hash{font-size:6pt}</style></head><body>");
        html.append("<h1>NHẬT KÝ NHẬP PHIẾU BẦU</h1>");
        html.append("<p>")
                .append(esc(sheet.title()))
                .append(", vòng ")
                .append(sheet.roundNo())
                .append(". Số phiếu thu vào: ")
                .append(sheet.collected() == null ? "chưa nhập" : sheet.collected())
                .append(".</p>");
        html.append("<p>Chuỗi băm SHA-256: ")
                .append(check.intact() ? "toàn vẹn" : "BỊ SỬA ĐỔI tại mục " + check.brokenAt())
                .append(", ")
                .append(check.entries())
                .append(" mục; mã cuối: <span class=\"hash\">")
                .append(check.head())
                .append("</span></p>");
        // one block per entry, not a table: a table of thousands of rows takes openhtmltopdf minutes to lay out
        html.append("<p class=\"head\">STT · thời điểm · tổ · thao tác · nội dung · người nhập / mã băm</p>");
        for (EntryLog.Entry e : entries) {
            html.append("<div class=\"e\">")
                    .append(e.seq())
                    .append(" · ")
                    .append(TIME.format(e.at()))
                    .append(" · ")
                    .append(e.team() == null ? "—" : "tổ " + e.team())
                    .append(" · ")
                    .append(action(e.action()))
                    .append(" · ")
                    .append(esc(e.content()))
                    .append(" · ")
                    .append(esc(e.username()))
                    .append("<br/><span class=\"hash\">")
                    .append(e.hash())
                    .append("</span></div>");
        }
        html.append("<p>Ban kiểm phiếu ký xác nhận:</p></body></html>");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            HtmlPdf.render(html.toString(), out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    static String action(EntryLog.Action action) {
        return switch (action) {
            case TEAM_JOINED -> "Tổ bắt đầu nhập";
            case BALLOT_KEYED -> "Nhập phiếu";
            case BALLOT_INVALID -> "Nhập phiếu không hợp lệ";
            case UNDO -> "Hủy phiếu vừa nhập";
            case CORRECTION -> "Sửa phiếu";
            case TEAMS_SET -> "Đặt số tổ nhập";
            case COUNTS_COMPARED -> "Đối chiếu các tổ";
            case RELEASE -> "Công bố kết quả";
            case TOTALS_ENTERED -> "Nhập tổng số kiểm tay";
        };
    }

    private static String esc(String s) {
        return HtmlUtils.htmlEscape(s == null ? "" : s, "UTF-8");
    }
}
