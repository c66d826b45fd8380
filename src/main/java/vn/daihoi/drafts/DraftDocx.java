package vn.daihoi.drafts;

import java.util.List;
import java.util.Locale;
import vn.daihoi.drafts.DraftText.Paragraph;
import vn.daihoi.platform.paper.PartyPaper;
import vn.daihoi.platform.paper.PartyPaperDocx;

/**
 * One version of a draft as a Word document, in the one Party paper layout ({@link PartyPaper}): the unit as
 * issuer, its kind as the title, the draft's title and which version under it, then its sections and
 * paragraphs. The texts come in already written (in Vietnamese: the file goes into the congress file).
 */
final class DraftDocx {

    private DraftDocx() {}

    static byte[] render(String unit, String kind, String title, String versionLine, List<Paragraph> text) {
        PartyPaper.Builder paper = PartyPaper.issuedBy(null, unit)
                .title(kind.toUpperCase(Locale.forLanguageTag("vi")))
                .subtitle(title)
                .subtitle(versionLine)
                .density(PartyPaper.Density.DOCUMENT);
        for (Paragraph p : text) {
            if (p.heading()) {
                paper.heading(p.section() + ". " + p.text());
            } else {
                paper.para(p.text());
            }
        }
        return PartyPaperDocx.render(paper.build());
    }
}
