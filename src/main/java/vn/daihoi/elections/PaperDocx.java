package vn.daihoi.elections;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.UnderlinePatterns;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;

/** A {@link Paper} as DOCX for the office to print and sign: Times New Roman, the same parts as the PDF. */
final class PaperDocx {

    private static final String FONT = "Times New Roman";

    private PaperDocx() {}

    static byte[] render(Paper p) {
        try (XWPFDocument doc = new XWPFDocument();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            XWPFTable head = doc.createTable(1, 2);
            head.removeBorders();
            head.setWidth("100%");
            XWPFParagraph left = first(head.getRow(0).getCell(0));
            if (p.superior() != null) {
                run(left, p.superior().toUpperCase(), 13, false, false).addBreak();
            }
            run(left, p.organisation().toUpperCase(), 14, true, false).addBreak();
            run(left, "*", 14, false, false);
            XWPFParagraph right = first(head.getRow(0).getCell(1));
            XWPFRun party = run(right, "ĐẢNG CỘNG SẢN VIỆT NAM", 15, true, false);
            party.setUnderline(UnderlinePatterns.SINGLE);
            party.addBreak();
            run(right, p.placeAndDate(), 14, false, true);
            XWPFParagraph title = centred(doc.createParagraph());
            title.setSpacingBefore(360);
            run(title, p.title(), 14, true, false);
            if (p.subtitle() != null) {
                run(centred(doc.createParagraph()), p.subtitle(), 13, true, false);
            }
            for (Paper.Block b : p.blocks()) {
                switch (b) {
                    case Paper.Heading x -> run(doc.createParagraph(), x.text(), 13, true, false);
                    case Paper.Para x -> {
                        XWPFParagraph para = doc.createParagraph();
                        para.setAlignment(ParagraphAlignment.BOTH);
                        run(para, x.text(), 13, false, false);
                    }
                    case Paper.Table x -> table(doc, x);
                }
            }
            XWPFTable sign = doc.createTable(1, p.signers().size());
            sign.removeBorders();
            sign.setWidth("100%");
            for (int i = 0; i < p.signers().size(); i++) {
                Paper.Signer s = p.signers().get(i);
                XWPFParagraph cell = first(sign.getRow(0).getCell(i));
                run(cell, s.on(), 13, true, false).addBreak();
                run(cell, s.role(), 13, true, false).addBreak();
                XWPFRun hint = run(cell, "(Ký, ghi rõ họ tên)", 12, false, true);
                hint.addBreak();
                hint.addBreak();
                hint.addBreak();
                for (String n : s.names()) {
                    run(cell, n, 13, false, false).addBreak();
                }
            }
            doc.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void table(XWPFDocument doc, Paper.Table x) {
        XWPFTable t = doc.createTable(x.rows().size() + 1, x.header().size());
        t.setWidth("100%");
        fill(t.getRow(0).getTableCells(), x.header(), true);
        for (int r = 0; r < x.rows().size(); r++) {
            fill(t.getRow(r + 1).getTableCells(), x.rows().get(r), false);
        }
        doc.createParagraph();
    }

    private static void fill(List<XWPFTableCell> cells, List<String> values, boolean bold) {
        for (int c = 0; c < values.size() && c < cells.size(); c++) {
            run(first(cells.get(c)), values.get(c), 12, bold, false);
        }
    }

    private static XWPFParagraph first(XWPFTableCell cell) {
        XWPFParagraph p = cell.getParagraphs().isEmpty()
                ? cell.addParagraph()
                : cell.getParagraphs().getFirst();
        return centred(p);
    }

    private static XWPFParagraph centred(XWPFParagraph p) {
        p.setAlignment(ParagraphAlignment.CENTER);
        return p;
    }

    private static XWPFRun run(XWPFParagraph p, String text, int size, boolean bold, boolean italic) {
        XWPFRun r = p.createRun();
        r.setFontFamily(FONT);
        r.setFontSize(size);
        r.setBold(bold);
        r.setItalic(italic);
        r.setText(text);
        return r;
    }
}
