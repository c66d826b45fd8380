package vn.daihoi.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.daihoi.files.CongressFiles;

/** The sample season holds a complete, approved dossier and one returned for revision, with real PDFs. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SampleDossiersTest {

    @Autowired
    DemoData demo;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    List<CongressFiles> congressFiles;

    @BeforeEach
    void loadOnce() {
        demo.load(DemoData.Scale.SAMPLE);
    }

    /** The showcased case with the verdict: a ready one approved at a meeting (every later case is READY too). */
    long sampleCase(String verdict) {
        return jdbc.sql("""
                        select r.case_id from dossier_round r join congress_case c on c.id = r.case_id
                        join org_unit u on u.id = c.org_id
                        where u.code like 'HBX%' and r.verdict = ?
                          and (r.verdict <> 'READY' or exists (select 1 from approval_meeting_unit a
                                                                where a.case_id = c.id))
                        order by r.case_id limit 1""").param(verdict).query(Long.class).single();
    }

    @Test
    void anApprovedCongressHasEveryItemAndItsConclusionInTheArchiveFiles() {
        long caseId = sampleCase("READY");
        assertThat(jdbc.sql("select state from congress_case where id = ?")
                        .param(caseId)
                        .query(String.class)
                        .single())
                .isIn("APPROVED", "CONVENED", "IN_SESSION", "CLOSED", "RESULT_REPORTED", "CONFIRMED", "ARCHIVED");
        List<CongressFiles.CongressFile> files = congressFiles.stream()
                .flatMap(f -> f.filesOf(caseId).stream())
                .filter(f -> f.title().startsWith("Hồ sơ đề nghị") || f.title().startsWith("Thông báo kết luận"))
                .toList();
        assertThat(files).hasSize(10);
        assertThat(files.getLast().title()).startsWith("Thông báo kết luận số 21-TB/");
        byte[] head = jdbc.sql("select substring(bytes from 1 for 5) from stored_file where id = ?")
                .param(files.getFirst().storedFileId())
                .query(byte[].class)
                .single();
        assertThat(new String(head, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
    }

    @Test
    void aReturnedDossierSaysWhatToFix() {
        long caseId = sampleCase("RETURNED");
        assertThat(jdbc.sql("select state from congress_case where id = ?")
                        .param(caseId)
                        .query(String.class)
                        .single())
                .isEqualTo("RETURNED_FOR_REVISION");
        assertThat(jdbc.sql("select body from dossier_comment where case_id = ?")
                        .param(caseId)
                        .query(String.class)
                        .list())
                .singleElement()
                .asString()
                .contains("cán bộ nữ");
    }
}
