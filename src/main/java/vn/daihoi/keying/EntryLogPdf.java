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
                .append("';font-size:9pt} h1{font-size:13pt;text-align:center} table{border-collapse:collapse;")
                .append("width:100%} td,th{border:0.5pt solid #444;padding:2pt;vertical-align:top}")
                .append(" .hash{font-size:6pt;word-break:break-all}</style></head><body>");
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
        html.append("<table><tr><th>STT</th><th>Thời điểm</th><th>Tổ</th><th>Thao tác</th><th>Nội dung</th>")
                .append("<th>Người nhập</th><th>Mã băm</th></tr>");
        for (EntryLog.Entry e : entries) {
            html.append("<tr><td>")
                    .append(e.seq())
                    .append("</td><td>")
                    .append(TIME.format(e.at()))
                    .append("</td><td>")
                    .append(e.team() == null ? "" : e.team())
                    .append("</td><td>")
                    .append(action(e.action()))
                    .append("</td><td>")
                    .append(esc(e.content()))
                    .append("</td><td>")
                    .append(esc(e.username()))
                    .append("</td><td class=\"hash\">")
                    .append(e.hash())
                    .append("</td></tr>");
        }
        html.append("</table><p>Ban kiểm phiếu ký xác nhận:</p></body></html>");
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
