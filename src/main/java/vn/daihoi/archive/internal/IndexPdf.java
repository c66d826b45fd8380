package vn.daihoi.archive.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.function.Function;
import org.springframework.web.util.HtmlUtils;
import vn.daihoi.archive.ArchiveIndex;
import vn.daihoi.files.ArchiveGroup;
import vn.daihoi.platform.HtmlPdf;

/** The printed index of an archive: every file with its group, size and SHA-256, in the guidance's order. */
public final class IndexPdf {

    private IndexPdf() {}

    public static byte[] render(ArchiveIndex index, String exportedOn, Function<ArchiveGroup, String> groupLabel) {
        StringBuilder html = new StringBuilder();
        html.append("<html><head><meta charset=\"UTF-8\"/><style>")
                .append("@page { size: A4 landscape; margin: 15mm; }")
                .append("body { font-family: '")
                .append(HtmlPdf.FAMILY)
                .append("'; font-size: 9pt; }")
                .append("h1 { font-size: 13pt; text-align: center; }")
                .append("table { width: 100%; border-collapse: collapse; }")
                .append("th, td { border: 0.5pt solid #000; padding: 2pt; vertical-align: top; }")
                .append("td.sha { font-size: 7pt; word-break: break-all; width: 42%; }")
                .append("td.n { text-align: right; }")
                .append("</style></head><body>");
        html.append("<h1>MỤC LỤC HỒ SƠ ĐẠI HỘI</h1>");
        html.append("<p>Đơn vị: ")
                .append(esc(index.orgName()))
                .append(" (")
                .append(esc(index.orgCode()))
                .append("), nhiệm kỳ ")
                .append(esc(index.term()))
                .append(". Xuất ngày ")
                .append(esc(exportedOn))
                .append(" bởi ")
                .append(esc(index.exportedBy()))
                .append(". Số tệp: ")
                .append(index.entries().size())
                .append(". Theo Hướng dẫn 62-HD/VPTW; mã kiểm tra SHA-256.</p>");
        html.append("<table><thead><tr><th>STT</th><th>Nhóm</th><th>Tên tài liệu</th><th>Tệp</th>")
                .append("<th>Dung lượng (byte)</th><th>SHA-256</th></tr></thead><tbody>");
        int n = 0;
        for (ArchiveIndex.Entry e : index.entries()) {
            html.append("<tr><td class=\"n\">")
                    .append(++n)
                    .append("</td><td>")
                    .append(esc(groupLabel.apply(e.group())))
                    .append("</td><td>")
                    .append(esc(e.title()))
                    .append("</td><td>")
                    .append(esc(e.path()))
                    .append("</td><td class=\"n\">")
                    .append(e.size())
                    .append("</td><td class=\"sha\">")
                    .append(e.sha256())
                    .append("</td></tr>");
        }
        html.append("</tbody></table></body></html>");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            HtmlPdf.render(html.toString(), out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static String esc(String s) {
        return s == null ? "" : HtmlUtils.htmlEscape(s, "UTF-8");
    }
}
