package vn.daihoi.keying;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.daihoi.elections.ElectionRounds;
import vn.daihoi.elections.RoundSheet;

/**
 * The entry log printed for the minutes: every entry with its hash, and whether the chain verifies. Drawn with
 * PDFBox as a plain table (one row per entry, its hash under it): laying out thousands of HTML blocks took the
 * HTML renderer 10 s for a 4,800-entry round; drawing lines takes a fraction of a second.
 */
@Service
public class EntryLogPdf {

    private static final DateTimeFormatter TIME =
            DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm:ss").withZone(vn.daihoi.platform.Dates.ZONE);
    private static final float MARGIN = 40;
    private static final float SIZE = 7.5f;
    private static final float HASH_SIZE = 6;
    private static final float LEADING = 9.5f;
    /** Column left edges from the margin: STT, thời điểm, tổ, thao tác, nội dung, người nhập. */
    private static final float[] COLUMNS = {0, 26, 100, 124, 210, 455};

    private final EntryLog log;
    private final ElectionRounds rounds;
    private final KeyingTeams members;

    EntryLogPdf(EntryLog log, ElectionRounds rounds, KeyingTeams members) {
        this.log = log;
        this.rounds = rounds;
        this.members = members;
    }

    /** What is wrong with a log that does not verify, in words. */
    static String problem(EntryLog.Verification check) {
        if (check.brokenAt() != null) {
            return "BỊ SỬA ĐỔI tại mục " + check.brokenAt();
        }
        if (check.missingTail() > 0) {
            return "THIẾU " + check.missingTail() + " mục cuối";
        }
        return "BẢNG PHIẾU KHÁC NHẬT KÝ ở " + check.ballots().size() + " vị trí";
    }

    @Transactional(readOnly = true)
    public byte[] render(long roundId) {
        RoundSheet sheet = rounds.sheet(roundId);
        List<EntryLog.Entry> entries = log.entries(roundId);
        EntryLog.Verification check = log.verify(roundId);
        try (PDDocument doc = new PDDocument()) {
            Sheet out = new Sheet(doc, font(doc, "DejaVuSerif.ttf"), font(doc, "DejaVuSerif-Bold.ttf"));
            out.centred("NHẬT KÝ NHẬP PHIẾU BẦU", 13);
            out.paragraph(
                    sheet.title() + ", vòng " + sheet.roundNo() + ". Số phiếu thu vào: "
                            + (sheet.collected() == null ? "chưa nhập" : sheet.collected()) + ".",
                    9);
            out.paragraph(
                    "Chuỗi băm SHA-256 có mã xác thực HMAC: "
                            + (check.intact() ? "toàn vẹn" : problem(check))
                            + "; mã kiểm chứng: số mục " + check.entries() + ", đầu chuỗi " + check.head(),
                    9);
            for (EntryLog.BallotFinding f : check.ballots()) {
                // each stored ballot that is not what the log proves, named where it is
                out.paragraph(
                        "Tổ " + f.team() + ", vị trí " + f.position() + ": nhật ký ghi "
                                + (f.logged() == null ? "không có phiếu" : f.logged()) + "; cơ sở dữ liệu lưu "
                                + (f.stored() == null ? "không có phiếu" : f.stored()) + ".",
                        9);
            }
            // who keyed each team (by the log), so the paper shows whether the counts came from different people
            Map<Integer, List<String>> keyedBy = members.keyedBy(roundId);
            for (Map.Entry<Integer, List<String>> k : keyedBy.entrySet()) {
                out.paragraph("Tổ " + k.getKey() + " do " + String.join(", ", k.getValue()) + " nhập.", 9);
            }
            out.header(List.of("STT", "Thời điểm", "Tổ", "Thao tác", "Nội dung", "Người nhập"));
            for (EntryLog.Entry e : entries) {
                out.entry(
                        List.of(
                                String.valueOf(e.seq()),
                                TIME.format(e.at()),
                                e.team() == null ? "—" : String.valueOf(e.team()),
                                action(e.action()),
                                e.content() == null ? "" : e.content(),
                                e.username() == null ? "" : e.username()),
                        e.hash());
            }
            out.paragraph("Ban kiểm phiếu ký xác nhận:", 9);
            out.close();
            out.numberPages();
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            doc.save(bytes);
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
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
            case TEAM_ASSIGNED -> "Phân công vào tổ";
            case TEAM_UNASSIGNED -> "Rút khỏi tổ";
            case COUNTS_SET -> "Ghi số phiếu phát ra, thu vào";
        };
    }

    private static PDType0Font font(PDDocument doc, String file) throws IOException {
        TrueTypeFont ttf = vn.daihoi.platform.PdfFonts.parse(file);
        // glyph substitution (ligatures) compiles patterns on every showText: 7× the drawing time of a 4,800-entry
        // log, for nothing (Vietnamese is written with precomposed letters, NFC)
        ttf.setEnableGsub(false);
        return PDType0Font.load(doc, ttf, true);
    }

    /** A4 pages filled from the top, a new page when the next row does not fit. */
    private static final class Sheet {

        private final PDDocument doc;
        private final PDType0Font regular;
        private final PDType0Font bold;
        private final Map<Integer, Float> widths = new HashMap<>();
        private final float width = PDRectangle.A4.getWidth() - 2 * MARGIN;
        private PDPageContentStream page;
        private float y;

        Sheet(PDDocument doc, PDType0Font regular, PDType0Font bold) throws IOException {
            this.doc = doc;
            this.regular = regular;
            this.bold = bold;
            newPage();
        }

        void centred(String text, float size) throws IOException {
            float w = bold.getStringWidth(text) / 1000 * size;
            y -= size;
            text(bold, size, MARGIN + (width - w) / 2, y, text);
            y -= size * 0.8f;
        }

        void paragraph(String text, float size) throws IOException {
            List<String> lines = wrap(text, width, size);
            room(lines.size() * size * 1.3f + 4);
            for (String line : lines) {
                y -= size * 1.3f;
                text(regular, size, MARGIN, y, line);
            }
            y -= 4;
        }

        void header(List<String> cells) throws IOException {
            room(LEADING + 4);
            y -= LEADING;
            for (int i = 0; i < cells.size(); i++) {
                text(bold, SIZE, MARGIN + COLUMNS[i], y, cells.get(i));
            }
            rule(y - 3, 0.6f);
            y -= 4;
        }

        void entry(List<String> cells, String hash) throws IOException {
            float contentWidth = COLUMNS[5] - COLUMNS[4] - 6;
            List<String> content = wrap(cells.get(4), contentWidth, SIZE);
            float height = content.size() * LEADING + HASH_SIZE + 5;
            room(height);
            float top = y - LEADING;
            for (int i = 0; i < cells.size(); i++) {
                if (i != 4) {
                    text(regular, SIZE, MARGIN + COLUMNS[i], top, cells.get(i));
                }
            }
            for (int l = 0; l < content.size(); l++) {
                text(regular, SIZE, MARGIN + COLUMNS[4], top - l * LEADING, content.get(l));
            }
            y = top - (content.size() - 1) * LEADING - HASH_SIZE - 2;
            text(regular, HASH_SIZE, MARGIN + COLUMNS[1], y, "mã băm " + hash);
            rule(y - 2.5f, 0.3f);
            y -= 3;
        }

        void close() throws IOException {
            page.close();
        }

        /** "Trang n/N" at the foot of every page, once the number of pages is known. */
        void numberPages() throws IOException {
            int total = doc.getNumberOfPages();
            for (int i = 0; i < total; i++) {
                try (PDPageContentStream foot =
                        new PDPageContentStream(doc, doc.getPage(i), PDPageContentStream.AppendMode.APPEND, true)) {
                    String text = "Trang " + (i + 1) + "/" + total;
                    float w = regular.getStringWidth(text) / 1000 * 7;
                    foot.beginText();
                    foot.setFont(regular, 7);
                    foot.newLineAtOffset(MARGIN + (width - w) / 2, MARGIN / 2);
                    foot.showText(text);
                    foot.endText();
                }
            }
        }

        private void room(float height) throws IOException {
            if (y - height < MARGIN) {
                page.close();
                newPage();
            }
        }

        private void newPage() throws IOException {
            PDPage p = new PDPage(PDRectangle.A4);
            doc.addPage(p);
            page = new PDPageContentStream(doc, p);
            y = PDRectangle.A4.getHeight() - MARGIN;
        }

        private void text(PDType0Font font, float size, float x, float at, String text) throws IOException {
            page.beginText();
            page.setFont(font, size);
            page.newLineAtOffset(x, at);
            page.showText(text);
            page.endText();
        }

        private void rule(float at, float thickness) throws IOException {
            page.setLineWidth(thickness);
            page.setStrokingColor(0.6f);
            page.moveTo(MARGIN, at);
            page.lineTo(MARGIN + width, at);
            page.stroke();
        }

        /** Words onto lines no wider than {@code max}; a word wider than a line is cut. */
        private List<String> wrap(String text, float max, float size) throws IOException {
            List<String> lines = new ArrayList<>();
            StringBuilder line = new StringBuilder();
            float used = 0;
            float space = width(' ', size);
            for (String word : text.split(" ")) {
                float w = 0;
                for (int i = 0; i < word.length(); i++) {
                    w += width(word.charAt(i), size);
                }
                if (!line.isEmpty() && used + space + w > max) {
                    lines.add(line.toString());
                    line.setLength(0);
                    used = 0;
                }
                while (w > max) {
                    int cut = 0;
                    float part = 0;
                    while (cut < word.length() && part + width(word.charAt(cut), size) <= max) {
                        part += width(word.charAt(cut), size);
                        cut++;
                    }
                    cut = Math.max(cut, 1);
                    lines.add(word.substring(0, cut));
                    word = word.substring(cut);
                    w -= part;
                }
                if (!line.isEmpty()) {
                    line.append(' ');
                    used += space;
                }
                line.append(word);
                used += w;
            }
            lines.add(line.toString());
            return lines;
        }

        private float width(char c, float size) throws IOException {
            Float kept = widths.get((int) c);
            if (kept == null) {
                kept = regular.getStringWidth(String.valueOf(c)) / 1000;
                widths.put((int) c, kept);
            }
            return kept * size;
        }
    }
}
