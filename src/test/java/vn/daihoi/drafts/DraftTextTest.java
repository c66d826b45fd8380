package vn.daihoi.drafts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.daihoi.drafts.DraftDiff.Change;
import vn.daihoi.drafts.DraftDiff.Op;
import vn.daihoi.drafts.DraftDiff.Piece;
import vn.daihoi.drafts.DraftText.Paragraph;

class DraftTextTest {

    static final String V1 = """
            # Đánh giá nhiệm kỳ
            Kinh tế tăng trưởng khá, bình quân 7 phần trăm mỗi năm.
            Công tác xây dựng Đảng được chú trọng.
            # Phương hướng
            Phấn đấu tăng trưởng 8 phần trăm.
            """;

    static List<Paragraph> v1() {
        return DraftText.number(List.of(), DraftText.lines(V1), 1);
    }

    @Test
    void headingsAndParagraphsAreNumberedBySection() {
        List<Paragraph> text = v1();
        assertThat(text).extracting(Paragraph::label).containsExactly("1", "1.1", "1.2", "2", "2.1");
        assertThat(text).extracting(Paragraph::anchor).containsExactly("p1", "p2", "p3", "p4", "p5");
        assertThat(text.getFirst().text()).isEqualTo("Đánh giá nhiệm kỳ");
    }

    @Test
    void anchorsSurviveAnInsertionElsewhereAndAnEditInPlace() {
        String v2 = """
                # Đánh giá nhiệm kỳ
                Bối cảnh: thiên tai, dịch bệnh kéo dài.
                Kinh tế tăng trưởng khá, bình quân 7,2 phần trăm mỗi năm.
                Công tác xây dựng Đảng được chú trọng.
                # Phương hướng
                Phấn đấu tăng trưởng 8 phần trăm.
                """;
        List<Paragraph> text = DraftText.number(v1(), DraftText.lines(v2), 6);
        assertThat(text).extracting(Paragraph::anchor).containsExactly("p1", "p6", "p2", "p3", "p4", "p5");
        // the paragraph moved from 1.1 to 1.2 but keeps its anchor
        assertThat(text.get(2).label()).isEqualTo("1.2");
    }

    @Test
    void aRewrittenParagraphGetsANewAnchor() {
        String v2 =
                V1.replace("Công tác xây dựng Đảng được chú trọng.", "Chuyển đổi số toàn diện trong mọi hoạt động.");
        List<Paragraph> text = DraftText.number(v1(), DraftText.lines(v2), 6);
        assertThat(text).extracting(Paragraph::anchor).containsExactly("p1", "p2", "p6", "p4", "p5");
        assertThat(DraftText.maxAnchor(List.of("p1", "p12", "x3"))).isEqualTo(12);
    }

    @Test
    void diffByParagraphThenWords() {
        String v2 = V1.replace("bình quân 7 phần trăm", "bình quân 7,2 phần trăm")
                        .replace("Phấn đấu tăng trưởng 8 phần trăm.\n", "")
                + "Giữ vững quốc phòng, an ninh.\n";
        List<Paragraph> after = DraftText.number(v1(), DraftText.lines(v2), 6);
        List<DraftDiff.Row> rows = DraftDiff.between(v1(), after);
        assertThat(rows)
                .extracting(DraftDiff.Row::change)
                .containsExactly(Change.SAME, Change.CHANGED, Change.SAME, Change.SAME, Change.REMOVED, Change.ADDED);
        assertThat(rows.get(1).pieces())
                .containsExactly(
                        new Piece(Op.SAME, "Kinh tế tăng trưởng khá, bình quân"),
                        new Piece(Op.DELETED, "7"),
                        new Piece(Op.INSERTED, "7,2"),
                        new Piece(Op.SAME, "phần trăm mỗi năm."));
    }

    @Test
    void blankLinesAndStrayHashesAreNotParagraphs() {
        assertThat(DraftText.lines("\n  \n#\n  Một   đoạn  \n")).containsExactly(new DraftText.Line(false, "Một đoạn"));
    }
}
