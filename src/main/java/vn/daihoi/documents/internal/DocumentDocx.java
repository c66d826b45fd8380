package vn.daihoi.documents.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.UnderlinePatterns;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;

/**
 * A Party document as DOCX for the office to edit and sign: the same parts as the PDF, in Times New
 * Roman 14 pt (13 pt for the small lines), A4 with the margins of Hướng dẫn 36-HD/VPTW.
 */
public final class DocumentDocx {

    private static final String FONT = "Times New Roman";
    private static final int TWIPS_PER_MM = 1440 * 10 / 254;

    private DocumentDocx() {}

    public static void write(PartyLayout l, OutputStream out) throws IOException {
        try (XWPFDocument doc = new XWPFDocument()) {
            page(doc);
            XWPFTable head = doc.createTable(1, 2);
            head.removeBorders();
            head.setWidth("100%");
            XWPFTableCell left = head.getRow(0).getCell(0);
            XWPFTableCell right = head.getRow(0).getCell(1);
            XWPFParagraph p = first(left);
            if (l.superior() != null) {
                run(p, l.superior(), 13, false, false, false).addBreak();
            }
            run(p, l.issuer(), 14, true, false, false).addBreak();
            run(p, "*", 14, false, false, false).addBreak();
            run(p, l.numberLine(), 14, false, false, false);
            if (l.letterSubject() != null) {
                p.createRun().addBreak();
                run(p, l.letterSubject(), 12, false, true, false);
            }
            XWPFParagraph r = first(right);
            run(r, PartyLayout.PARTY, 15, true, false, true).addBreak();
            r.createRun().addBreak();
            run(r, l.placeAndDate(), 14, false, true, false);

            if (l.title() != null) {
                XWPFParagraph t = centred(doc.createParagraph());
                t.setSpacingBefore(360);
                run(t, l.title(), 14, true, false, false);
                run(centred(doc.createParagraph()), l.subject(), 14, true, false, false);
            }
            for (String line : l.paragraphs()) {
                XWPFParagraph b = doc.createParagraph();
                b.setAlignment(ParagraphAlignment.BOTH);
                b.setIndentationFirstLine(10 * TWIPS_PER_MM);
                b.setSpacingAfter(120);
                run(b, line, 14, false, false, false);
            }
            XWPFTable sign = doc.createTable(1, 2);
            sign.removeBorders();
            sign.setWidth("100%");
            XWPFParagraph to = first(sign.getRow(0).getCell(0));
            if (!l.recipients().isEmpty()) {
                run(to, "Nơi nhận:", 12, true, false, true);
                for (String line : l.recipients()) {
                    to.createRun().addBreak();
                    run(to, line, 12, false, false, false);
                }
            }
            XWPFParagraph s = first(sign.getRow(0).getCell(1));
            if (l.authority() != null) {
                run(s, l.authority(), 14, true, false, false).addBreak();
            }
            if (l.signerTitle() != null) {
                run(s, l.signerTitle(), 14, true, false, false).addBreak();
            }
            for (int i = 0; i < 3; i++) {
                s.createRun().addBreak();
            }
            if (l.signerName() != null) {
                run(s, l.signerName(), 14, true, false, false);
            }
            doc.write(out);
        }
    }

    private static void page(XWPFDocument doc) {
        CTSectPr sect = doc.getDocument().getBody().addNewSectPr();
        CTPageSz size = sect.addNewPgSz();
        size.setW(BigInteger.valueOf(11906));
        size.setH(BigInteger.valueOf(16838));
        CTPageMar mar = sect.addNewPgMar();
        mar.setTop(BigInteger.valueOf(20L * TWIPS_PER_MM));
        mar.setBottom(BigInteger.valueOf(20L * TWIPS_PER_MM));
        mar.setLeft(BigInteger.valueOf(30L * TWIPS_PER_MM));
        mar.setRight(BigInteger.valueOf(15L * TWIPS_PER_MM));
    }

    private static XWPFParagraph first(XWPFTableCell cell) {
        return centred(cell.getParagraphs().getFirst());
    }

    private static XWPFParagraph centred(XWPFParagraph p) {
        p.setAlignment(ParagraphAlignment.CENTER);
        return p;
    }

    private static XWPFRun run(
            XWPFParagraph p, String text, int size, boolean bold, boolean italic, boolean underline) {
        XWPFRun run = p.createRun();
        run.setFontFamily(FONT);
        run.setFontSize(size);
        run.setBold(bold);
        run.setItalic(italic);
        if (underline) {
            run.setUnderline(UnderlinePatterns.SINGLE);
        }
        run.setText(text);
        return run;
    }
}
