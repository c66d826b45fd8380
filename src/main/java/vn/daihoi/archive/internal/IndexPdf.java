package vn.daihoi.archive.internal;

import java.util.function.Function;
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
                .append(HtmlPdf.escape(index.orgName()))
                .append(" (")
                .append(HtmlPdf.escape(index.orgCode()))
                .append("), nhiệm kỳ ")
                .append(HtmlPdf.escape(index.term()))
                .append(". Xuất ngày ")
                .append(HtmlPdf.escape(exportedOn))
                .append(" bởi ")
                .append(HtmlPdf.escape(index.exportedBy()))
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
                    .append(HtmlPdf.escape(groupLabel.apply(e.group())))
                    .append("</td><td>")
                    .append(HtmlPdf.escape(e.title()))
                    .append("</td><td>")
                    .append(HtmlPdf.escape(e.path()))
                    .append("</td><td class=\"n\">")
                    .append(e.size())
                    .append("</td><td class=\"sha\">")
                    .append(e.sha256())
                    .append("</td></tr>");
        }
        html.append("</tbody></table></body></html>");
        return HtmlPdf.bytes(html.toString());
    }
}
