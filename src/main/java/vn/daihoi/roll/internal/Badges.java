package vn.daihoi.roll.internal;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.daihoi.platform.HtmlPdf;
import vn.daihoi.season.CongressCase;

/**
 * The badges of a congress as PDF: four A6 badges to an A4 page, each with the name, the number, the unit and a
 * QR code holding the badge token (what the check-in scanner reads). Only the office running the day may print
 * them: the tokens are the badges' secret.
 */
@Service
public class Badges {

    /** What one badge shows. */
    public record Badge(int number, String fullName, String unit, String token) {}

    private final JdbcClient jdbc;
    private final RollBook book;

    Badges(JdbcClient jdbc, RollBook book) {
        this.jdbc = jdbc;
        this.book = book;
    }

    /** The badges of everyone summoned and of alternates waiting, by number. */
    @Transactional(readOnly = true)
    public List<Badge> badges(long caseId) {
        CongressCase c = book.forDayRun(caseId);
        return jdbc.sql("""
                        select number, full_name, electing_unit, badge_token from roll_entry
                        where case_id = ? and (summoned or (kind = 'ALTERNATE' and replaces_id is null))
                        order by number""")
                .param(caseId)
                .query((rs, i) -> new Badge(
                        rs.getInt("number"),
                        rs.getString("full_name"),
                        rs.getString("electing_unit") == null ? c.orgName() : rs.getString("electing_unit"),
                        rs.getString("badge_token")))
                .list();
    }

    /** The PDF; {@code labels} gives the printed words (the congress's title, "Số", "Đại biểu"). */
    public byte[] pdf(long caseId, Map<String, String> labels) {
        List<Badge> badges = badges(caseId);
        StringBuilder h = new StringBuilder("""
                <html><head><style>
                @page { size: A4; margin: 0; }
                body { margin: 0; font-family: 'DejaVu Serif'; }
                .sheet { page-break-after: always; }
                .sheet:last-child { page-break-after: auto; }
                table { border-collapse: collapse; table-layout: fixed; }
                td { width: 105mm; height: 148mm; border: 0.2mm dashed #999; text-align: center;
                     vertical-align: middle; padding: 6mm; }
                .title { font-size: 11pt; font-weight: bold; text-transform: uppercase; }
                .role { font-size: 12pt; margin-top: 4mm; }
                .number { font-size: 40pt; font-weight: bold; margin: 2mm 0; }
                .name { font-size: 17pt; font-weight: bold; }
                .unit { font-size: 11pt; margin-top: 2mm; }
                img { width: 40mm; height: 40mm; margin-top: 5mm; }
                </style></head><body>""");
        for (int i = 0; i < badges.size(); i += 4) {
            h.append("<div class=\"sheet\"><table>");
            for (int row = 0; row < 2; row++) {
                h.append("<tr>");
                for (int col = 0; col < 2; col++) {
                    int k = i + row * 2 + col;
                    h.append("<td>");
                    if (k < badges.size()) {
                        Badge b = badges.get(k);
                        h.append("<div class=\"title\">")
                                .append(HtmlPdf.escape(labels.get("title")))
                                .append("</div><div class=\"role\">")
                                .append(HtmlPdf.escape(labels.get("role")))
                                .append("</div><div class=\"number\">")
                                .append(labels.get("number") == null ? "" : HtmlPdf.escape(labels.get("number")) + " ")
                                .append(b.number())
                                .append("</div><div class=\"name\">")
                                .append(HtmlPdf.escape(b.fullName()))
                                .append("</div><div class=\"unit\">")
                                .append(HtmlPdf.escape(b.unit()))
                                .append("</div><img src=\"data:image/png;base64,")
                                .append(qrPng(b.token()))
                                .append("\" alt=\"QR\"/>");
                    }
                    h.append("</td>");
                }
                h.append("</tr>");
            }
            h.append("</table></div>");
        }
        if (badges.isEmpty()) {
            h.append("<p>").append(HtmlPdf.escape(labels.get("empty"))).append("</p>");
        }
        h.append("</body></html>");
        return HtmlPdf.bytes(h.toString());
    }

    /** The token as a QR code, PNG in base64, with a quiet zone a phone camera or scanner needs. */
    static String qrPng(String token) {
        try {
            BitMatrix m = new QRCodeWriter()
                    .encode(
                            token,
                            BarcodeFormat.QR_CODE,
                            200,
                            200,
                            Map.of(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M, EncodeHintType.MARGIN, 2));
            BufferedImage image = new BufferedImage(m.getWidth(), m.getHeight(), BufferedImage.TYPE_BYTE_BINARY);
            for (int y = 0; y < m.getHeight(); y++) {
                for (int x = 0; x < m.getWidth(); x++) {
                    image.setRGB(x, y, m.get(x, y) ? 0x000000 : 0xFFFFFF);
                }
            }
            ByteArrayOutputStream png = new ByteArrayOutputStream();
            ImageIO.write(image, "png", png);
            return Base64.getEncoder().encodeToString(png.toByteArray());
        } catch (WriterException | IOException e) {
            throw new IllegalStateException("QR code for a badge", e);
        }
    }
}
