package vn.daihoi.platform.paper;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.List;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.UnderlinePatterns;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import vn.daihoi.platform.paper.PartyPaper.Cell;
import vn.daihoi.platform.paper.PartyPaper.Row;
import vn.daihoi.platform.paper.PartyPaper.Signer;

/**
 * A {@link PartyPaper} as DOCX for the office to edit, print and sign: the same parts as {@link PartyPaperPdf},
 * in Times New Roman (14 pt for a document, 13 pt for a record, 12 pt for tables and small lines), A4 with the
 * margins of Hướng dẫn 36-HD/VPTW.
 */
public final class PartyPaperDocx {

    public static final String FONT = "Times New Roman";
    private static final int TWIPS_PER_MM = 1440 * 10 / 254;
    private static final int SMALL = 12;

    private PartyPaperDocx() {}

    public static byte[] render(PartyPaper paper) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            write(paper, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    public static void write(PartyPaper p, OutputStream out) throws IOException {
        int size = p.density() == PartyPaper.Density.DOCUMENT ? 14 : 13;
        try (XWPFDocument doc = new XWPFDocument()) {
            page(doc);
            head(doc, p);
            if (p.title() != null) {
                XWPFParagraph t = centred(doc.createParagraph());
                t.setSpacingBefore(360);
                run(t, p.title(), 14, true, false);
            }
            for (String s : p.subtitles()) {
                run(centred(doc.createParagraph()), s, size, true, false);
            }
            for (PartyPaper.Block b : p.body()) {
                switch (b) {
                    case PartyPaper.Heading x -> run(doc.createParagraph(), x.text(), size, true, false);
                    case PartyPaper.Para x -> para(doc, p, x, size);
                    case PartyPaper.Table x -> table(doc, x);
                }
            }
            signatures(doc, p, size);
            doc.write(out);
        }
    }

    private static void head(XWPFDocument doc, PartyPaper p) {
        XWPFTable head = doc.createTable(1, 2);
        head.removeBorders();
        head.setWidth("100%");
        XWPFParagraph left = first(head.getRow(0).getCell(0));
        if (p.superiorLine() != null) {
            run(left, p.superiorLine(), 13, false, false).addBreak();
        }
        run(left, p.issuerLine(), 14, true, false).addBreak();
        run(left, "*", 14, false, false);
        if (p.symbol() != null) {
            left.createRun().addBreak();
            run(left, p.symbol(), 14, false, false);
        }
        if (p.symbolNote() != null) {
            left.createRun().addBreak();
            run(left, p.symbolNote(), SMALL, false, true);
        }
        XWPFParagraph right = first(head.getRow(0).getCell(1));
        XWPFRun party = run(right, PartyPaper.PARTY, 15, true, false);
        party.setUnderline(UnderlinePatterns.SINGLE);
        if (p.placeAndDate() != null) {
            party.addBreak();
            right.createRun().addBreak();
            run(right, p.placeAndDate(), 14, false, true);
        }
    }

    private static void para(XWPFDocument doc, PartyPaper p, PartyPaper.Para x, int size) {
        XWPFParagraph para = doc.createParagraph();
        para.setAlignment(ParagraphAlignment.BOTH);
        if (p.density() == PartyPaper.Density.DOCUMENT) {
            para.setIndentationFirstLine(10 * TWIPS_PER_MM);
            para.setSpacingAfter(120);
        }
        for (int i = 0; i < x.lines().size(); i++) {
            if (i > 0) {
                para.createRun().addBreak();
            }
            run(para, x.lines().get(i), size, x.bold(), false);
        }
    }

    private static void table(XWPFDocument doc, PartyPaper.Table x) {
        int columns = x.rows().stream()
                .mapToInt(r -> r.cells().stream().mapToInt(Cell::span).sum())
                .max()
                .orElse(1);
        XWPFTable t = doc.createTable(x.rows().size(), columns);
        t.setWidth("100%");
        for (int r = 0; r < x.rows().size(); r++) {
            Row row = x.rows().get(r);
            XWPFTableRow out = t.getRow(r);
            int at = 0;
            for (Cell c : row.cells()) {
                XWPFTableCell cell = out.getCell(at);
                if (c.span() > 1) {
                    cell.getCTTc().addNewTcPr().addNewGridSpan().setVal(BigInteger.valueOf(c.span()));
                    for (int k = 1; k < c.span() && out.getTableCells().size() > at + 1; k++) {
                        out.removeCell(at + 1);
                    }
                }
                XWPFParagraph para = first(cell);
                para.setAlignment(c.number() ? ParagraphAlignment.RIGHT : ParagraphAlignment.LEFT);
                run(para, c.text(), SMALL, c.bold() || row.header(), false);
                at++;
            }
        }
        doc.createParagraph();
    }

    private static void signatures(XWPFDocument doc, PartyPaper p, int size) {
        if (p.signers().isEmpty() && p.recipients().isEmpty()) {
            return;
        }
        boolean to = p.recipientsColumn();
        XWPFTable sign = doc.createTable(1, p.signers().size() + (to ? 1 : 0));
        sign.removeBorders();
        sign.setWidth("100%");
        int at = 0;
        if (to) {
            XWPFParagraph cell = first(sign.getRow(0).getCell(at++));
            cell.setAlignment(ParagraphAlignment.LEFT);
            if (!p.recipients().isEmpty()) {
                run(cell, "Nơi nhận:", SMALL, true, false).setUnderline(UnderlinePatterns.SINGLE);
                for (String line : p.recipients()) {
                    cell.createRun().addBreak();
                    run(cell, line, SMALL, false, false);
                }
            }
        }
        for (Signer s : p.signers()) {
            XWPFParagraph cell = first(sign.getRow(0).getCell(at++));
            List<String> titles = s.titles();
            for (int i = 0; i < titles.size(); i++) {
                if (i > 0) {
                    cell.createRun().addBreak();
                }
                run(cell, titles.get(i), size, true, false);
            }
            if (s.hint()) {
                cell.createRun().addBreak();
                run(cell, PartyPaper.SIGN_HINT, SMALL, false, true);
            }
            int room = s.names().isEmpty() ? 3 : 0;
            for (String n : s.names()) {
                for (int i = 0; i < 4; i++) {
                    cell.createRun().addBreak();
                }
                run(cell, n, size, true, false);
            }
            for (int i = 0; i < room; i++) {
                cell.createRun().addBreak();
            }
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
