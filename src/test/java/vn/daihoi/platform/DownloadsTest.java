package vn.daihoi.platform;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.mock.web.MockHttpServletResponse;

class DownloadsTest {

    @Test
    void aVietnameseNameSurvivesAsRfc5987() {
        ResponseEntity<byte[]> r = Downloads.pdf("biên-bản-bầu-cử.pdf", new byte[] {1});
        String header = r.getHeaders().getFirst(HttpHeaders.CONTENT_DISPOSITION);

        assertThat(header).startsWith("attachment").contains("filename*=UTF-8''");
        assertThat(ContentDisposition.parse(header).getFilename()).isEqualTo("biên-bản-bầu-cử.pdf");
        assertThat(r.getHeaders().getContentType()).hasToString("application/pdf");
    }

    @Test
    void eachKindCarriesItsType() {
        assertThat(Downloads.docx("a.docx", new byte[0]).getHeaders().getContentType())
                .hasToString("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        assertThat(Downloads.xlsx("a.xlsx", new byte[0]).getHeaders().getContentType())
                .hasToString("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        assertThat(Downloads.zip("a.zip", new byte[0]).getHeaders().getContentType())
                .hasToString("application/zip");
        assertThat(Downloads.json("a.json", "{}").getHeaders().getContentType()).hasToString("application/json");
    }

    @Test
    void aStreamedFileGetsTheSameHeaders() {
        MockHttpServletResponse response = new MockHttpServletResponse();
        Downloads.attach(response, Downloads.XLSX, "đảng-viên.xlsx");

        assertThat(response.getContentType()).startsWith(Downloads.XLSX.toString());
        String header = response.getHeader(HttpHeaders.CONTENT_DISPOSITION);
        assertThat(header).startsWith("attachment");
        assertThat(ContentDisposition.parse(header).getFilename()).isEqualTo("đảng-viên.xlsx");
        assertThat(header.chars().allMatch(c -> c < 128))
                .as("plain ASCII on the wire")
                .isTrue();
    }
}
