package vn.daihoi.org.member;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Reading files by content: encodings, separators, garbled text. */
class SpreadsheetFilesTest {

    @Test
    void invalidUtf8IsReportedOnItsLine() {
        byte[] ok = "STT,Họ\r\n1,Lê\r\n".getBytes(StandardCharsets.UTF_8);
        byte[] bad = new byte[ok.length + 5];
        System.arraycopy(ok, 0, bad, 0, ok.length);
        bad[ok.length] = '2';
        bad[ok.length + 1] = ',';
        bad[ok.length + 2] = 'L';
        bad[ok.length + 3] = (byte) 0xEA;
        bad[ok.length + 4] = '\n';

        ImportFileException e = catchThrowableOfType(ImportFileException.class, () -> SpreadsheetFiles.decodeUtf8(bad));

        assertThat(e.problems.getFirst().row()).isEqualTo(3);
    }

    @Test
    void mojibakeIsRecognisedAndVietnameseIsNot() {
        assertThat(Mojibake.isGarbled("Nguyá»…n")).isTrue();
        assertThat(Mojibake.isGarbled("VÄƒn")).isTrue();
        assertThat(Mojibake.isGarbled("Nguyễn Văn Ân")).isFalse();
        assertThat(Mojibake.isGarbled("Lê")).isFalse();
        assertThat(Mojibake.isGarbled("Hà Nội")).isFalse();
        assertThat(Mojibake.isGarbled("Kinh")).isFalse();
    }

    @Test
    void headersAreRecognisedWithoutAccents() {
        assertThat(MemberColumn.byHeader("ngay sinh")).contains(MemberColumn.BIRTH_DATE);
        assertThat(MemberColumn.byHeader(" Số  CCCD ")).contains(MemberColumn.NATIONAL_ID);
        assertThat(MemberColumn.byHeader("Tên")).contains(MemberColumn.GIVEN_NAME);
        assertThat(MemberColumn.byHeader("Ghi chú")).isEmpty();
    }
}
