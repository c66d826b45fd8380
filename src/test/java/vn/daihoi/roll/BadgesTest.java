package vn.daihoi.roll;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.Result;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.multi.qrcode.QRCodeMultiReader;
import java.awt.image.BufferedImage;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import vn.daihoi.results.ResultsFixtures;
import vn.daihoi.roll.internal.Badges;
import vn.daihoi.roll.internal.NewDelegate;
import vn.daihoi.roll.internal.RollBook;
import vn.daihoi.roll.internal.RollKind;
import vn.daihoi.security.Fixtures;

/** The badges PDF read back: names and numbers as text, and each QR code decoded from the rendered page. */
@SpringBootTest
class BadgesTest {

    @Autowired
    ApplicationContext context;

    @Autowired
    RollBook book;

    @Autowired
    Badges badges;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    UserDetailsService users;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void eachBadgeCarriesNameNumberUnitAndItsTokenAsAQrCode() throws Exception {
        Fixtures.Province p = new Fixtures(context).province("bd");
        long id = RollFixtures.congress(jdbc, p.communeId(), "DELEGATE");
        ResultsFixtures.signIn(users, "admin");
        List<String> names = List.of("Nguyễn Văn An", "Trần Thị Bình", "Lê Văn Cường", "Phạm Thị Dung", "Võ Văn Em");
        for (String name : names) {
            book.addDelegate(id, new NewDelegate(RollKind.ELECTED, null, name, "Đảng bộ xã Hòa Bình"));
        }
        byte[] pdf = badges.pdf(id, Map.of("title", "Đại hội thử", "role", "Đại biểu", "number", "Số", "empty", "-"));
        Set<String> tokens = badges.badges(id).stream().map(Badges.Badge::token).collect(Collectors.toSet());
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertThat(doc.getNumberOfPages()).isEqualTo(2);
            String text = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
            assertThat(text).contains("Trần Thị Bình").contains("Số 5").contains("Đảng bộ xã Hòa Bình");
            BufferedImage page = new PDFRenderer(doc).renderImageWithDPI(0, 150);
            int[] pixels = page.getRGB(0, 0, page.getWidth(), page.getHeight(), null, 0, page.getWidth());
            Result[] found = new QRCodeMultiReader()
                    .decodeMultiple(new BinaryBitmap(
                            new HybridBinarizer(new RGBLuminanceSource(page.getWidth(), page.getHeight(), pixels))));
            Set<String> decoded = Arrays.stream(found).map(Result::getText).collect(Collectors.toSet());
            assertThat(decoded).hasSize(4);
            assertThat(tokens).containsAll(decoded);
        }
    }
}
