package vn.daihoi.drafts;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import vn.daihoi.access.Role;
import vn.daihoi.security.Fixtures;
import vn.daihoi.security.Fixtures.Province;
import vn.daihoi.security.WebSession;

/**
 * The whole round through the JSON API: a province drafts and revises its report, sends it to a commune and
 * its cell (and their members), a member, the cell and the commune comment, the cell forwards to the commune
 * and the commune to the province, whose synthesis counts units and people, merges, responds and exports.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DraftsApiTest {

    static final String P = Fixtures.PASSWORD;

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ObjectMapper json;

    @Autowired
    Clock clock;

    Province mine;
    Province other;
    String office;
    String otherOffice;
    String communeSecretary;
    String cellSecretary;
    String member;
    long draftId;
    long publicationId;

    @BeforeAll
    void round() {
        Fixtures fx = new Fixtures(context);
        mine = fx.province("dr");
        other = fx.province("ds");
        office = fx.username(fx.userWithRole(Role.COMMITTEE_OFFICE, mine.orgId()));
        otherOffice = fx.username(fx.userWithRole(Role.COMMITTEE_OFFICE, other.orgId()));
        communeSecretary = fx.username(fx.userWithRole(Role.CELL_SECRETARY, mine.communeId()));
        cellSecretary = fx.username(fx.userWithRole(Role.CELL_SECRETARY, mine.cellId()));
        member = fx.username(fx.userWithRole(Role.PARTY_MEMBER, mine.cellId()));

        JsonNode created = ok(201, call(office, "POST", "/api/drafts", """
                {"orgId": "%d", "kind": "POLITICAL_REPORT", "title": "Báo cáo chính trị nhiệm kỳ 2025-2030",
                 "body": "# Đánh giá\\nKinh tế tăng trưởng bình quân 7 phần trăm.\\nXây dựng Đảng được chú trọng.\\n# Phương hướng\\nTăng trưởng 8 phần trăm."}
                """.formatted(mine.orgId())));
        draftId = created.get("id").asLong();
        ok(200, call(office, "POST", "/api/drafts/" + draftId + "/versions", """
                {"body": "# Đánh giá\\nBối cảnh nhiều khó khăn.\\nKinh tế tăng trưởng bình quân 7,2 phần trăm.\\nXây dựng Đảng được chú trọng.\\n# Phương hướng\\nTăng trưởng 8 phần trăm.",
                 "note": "Sửa số liệu"}"""));
        publicationId = ok(201, call(office, "POST", "/api/drafts/" + draftId + "/publications", """
                        {"version": "2", "unitIds": [%d, %d], "toMembers": true, "publicPortal": true,
                         "deadline": "%s"}""".formatted(
                                mine.communeId(), mine.cellId(), today().plusDays(10))))
                .get("id")
                .asLong();
    }

    @Test
    void versionsKeepAnchorsAndTheDiffShowsTheChangedWords() {
        JsonNode v2 = ok(200, call(office, "GET", "/api/drafts/" + draftId + "/versions/2", null));
        assertThat(v2.get(2).get("anchor").asString()).isEqualTo("p2");
        assertThat(v2.get(1).get("anchor").asString()).isEqualTo("p6");
        JsonNode diff = ok(200, call(office, "GET", "/api/drafts/" + draftId + "/diff?from=1&to=2", null));
        List<String> changes = new ArrayList<>();
        diff.forEach(r -> changes.add(r.get("change").asString()));
        assertThat(changes).containsExactly("SAME", "ADDED", "CHANGED", "SAME", "SAME", "SAME");
        assertThat(diff.get(2).get("pieces").toString()).contains("\"DELETED\"", "\"7\"", "\"INSERTED\"", "\"7,2\"");
        assertThat(ok(200, call(office, "GET", "/api/drafts", null)).toString())
                .contains("Báo cáo chính trị nhiệm kỳ 2025-2030", mine.name());
        assertThat(ok(200, call(otherOffice, "GET", "/api/drafts", null)).toString())
                .doesNotContain(mine.name());
        JsonNode detail = ok(200, call(office, "GET", "/api/drafts/" + draftId, null));
        assertThat(detail.get("versions").get(1).get("note").asString()).isEqualTo("Sửa số liệu");
        assertThat(call(otherOffice, "GET", "/api/drafts/" + draftId, null).statusCode())
                .isEqualTo(403);
    }

    @Test
    void commentsTravelUpWithTheirOriginAndOnlyTheCollectingUnitSeesThem() {
        long pub = publish();
        ok(201, comment(member, pub, mine.cellId(), "p2", "Nên nêu rõ nguyên nhân tăng trưởng."));
        ok(201, comment(cellSecretary, pub, mine.cellId(), "p2", "Số liệu 7,2 cần dẫn nguồn."));
        ok(201, comment(communeSecretary, pub, mine.communeId(), "p5", "Chỉ tiêu 8 phần trăm là cao."));

        // the member sees their own comment, never the cell's pile
        assertThat(call(member, "GET", "/api/draft-publications/" + pub + "/comments?orgId=" + mine.cellId(), null)
                        .statusCode())
                .isEqualTo(403);
        JsonNode mineOnly = ok(200, call(member, "GET", "/api/draft-publications/" + pub + "/comments", null));
        assertThat(mineOnly).hasSize(1);
        assertThat(mineOnly.get(0).get("fromMember").asBoolean()).isTrue();
        // the commune holds only its own comment until the cell forwards
        assertThat(ok(200, held(communeSecretary, pub, mine.communeId()))).hasSize(1);
        assertThat(ok(200, held(cellSecretary, pub, mine.cellId()))).hasSize(2);

        JsonNode up = ok(200, call(cellSecretary, "POST", "/api/draft-publications/" + pub + "/forward", """
                {"orgId": "%d", "note": "Chi bộ đã tổng hợp"}""".formatted(
                        mine.cellId())));
        assertThat(up.get("toOrgId").asLong()).isEqualTo(mine.communeId());
        assertThat(up.get("comments").asInt()).isEqualTo(2);
        assertThat(ok(200, held(communeSecretary, pub, mine.communeId()))).hasSize(3);
        ok(200, call(communeSecretary, "POST", "/api/draft-publications/" + pub + "/forward", """
                {"orgId": "%d"}""".formatted(
                        mine.communeId())));

        JsonNode synthesis = ok(200, call(office, "GET", "/api/draft-publications/" + pub + "/synthesis", null));
        assertThat(synthesis.get("comments").asInt()).isEqualTo(3);
        assertThat(synthesis.get("units").asInt()).isEqualTo(2);
        assertThat(synthesis.get("people").asInt()).isEqualTo(3);
        JsonNode p2 = synthesis.get("anchors").get(0);
        assertThat(p2.get("label").asString()).isEqualTo("1.2");
        assertThat(p2.get("units").asInt()).isEqualTo(1);
        assertThat(p2.get("people").asInt()).isEqualTo(2);
        JsonNode first = synthesis.get("points").get(0);
        assertThat(first.get("originUnit").asString()).startsWith("Chi bộ thử");
        assertThat(first.get("path").toString()).contains("Chi bộ thử", "Xã thử");
        // the other province sees nothing of it
        assertThat(call(otherOffice, "GET", "/api/draft-publications/" + pub + "/synthesis", null)
                        .statusCode())
                .isEqualTo(403);
        assertThat(call(otherOffice, "GET", "/api/draft-publications/" + pub, null)
                        .statusCode())
                .isEqualTo(403);

        // merge the two comments on 1.2 into one point and answer it
        List<Long> onP2 = new ArrayList<>();
        synthesis.get("points").forEach(pt -> {
            if ("p2".equals(pt.get("anchor").asString())) {
                onP2.add(pt.get("commentId").asLong());
            }
        });
        long point = ok(201, call(office, "POST", "/api/draft-publications/" + pub + "/points", """
                        {"commentIds": %s, "summary": "Làm rõ nguồn và nguyên nhân của số liệu tăng trưởng"}""".formatted(onP2)))
                .get("id")
                .asLong();
        assertThat(call(office, "POST", "/api/draft-publications/" + pub + "/points/" + point + "/response", """
                        {"kind": "ACCEPTED", "text": "Đã bổ sung nguồn số liệu của Cục Thống kê."}""")
                        .statusCode())
                .isEqualTo(204);
        JsonNode after = ok(200, call(office, "GET", "/api/draft-publications/" + pub + "/synthesis", null));
        assertThat(after.get("points")).hasSize(2);
        JsonNode merged = after.get("points").get(0);
        assertThat(merged.get("units").asInt()).isEqualTo(1);
        assertThat(merged.get("people").asInt()).isEqualTo(2);
        assertThat(merged.get("responseKind").asString()).isEqualTo("ACCEPTED");
        assertThat(jdbc.sql("""
                        select count(*) from audit_entry where entity_type in ('draft_publication', 'draft_point')
                        and entity_id in (?, ?) and action in ('DRAFT_FORWARD', 'DRAFT_MERGE', 'DRAFT_RESPOND')""")
                        .params(Long.toString(pub), Long.toString(point))
                        .query(Integer.class)
                        .single())
                .isEqualTo(4);

        byte[] docx = bytes(office, "/api/draft-publications/" + pub + "/synthesis.docx");
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx));
                XWPFWordExtractor text = new XWPFWordExtractor(doc)) {
            assertThat(text.getText())
                    .contains("Tổng hợp ý kiến góp ý dự thảo", "Làm rõ nguồn và nguyên nhân", "Tiếp thu");
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
        byte[] xlsx = bytes(office, "/api/draft-publications/" + pub + "/synthesis.xlsx");
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            var sheet = book.getSheetAt(0);
            assertThat(sheet.getRow(2).getCell(1).getStringCellValue()).startsWith("Làm rõ nguồn");
            assertThat(sheet.getRow(2).getCell(3).getNumericCellValue()).isEqualTo(2.0);
            assertThat(sheet.getRow(3).getCell(1).getStringCellValue()).isEqualTo("Chỉ tiêu 8 phần trăm là cao.");
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void afterTheDeadlineCommentsAreRefusedByName() {
        long pub = publish();
        jdbc.sql("update draft_publication set deadline = ? where id = ?")
                .params(today().minusDays(1), pub)
                .update();
        HttpResponse<String> late = comment(cellSecretary, pub, mine.cellId(), null, "Muộn");
        assertThat(late.statusCode()).isEqualTo(400);
        assertThat(late.body()).contains("Đã hết hạn góp ý", "Báo cáo chính trị nhiệm kỳ 2025-2030");
        assertThat(commentsOf(pub)).isZero();
    }

    @Test
    void badInputIsRefusedAndLeavesNothingHalfWritten() {
        int before = jdbc.sql("select count(*) from draft_publication where draft_id = ?")
                .param(draftId)
                .query(Integer.class)
                .single();
        HttpResponse<String> outside = call(office, "POST", "/api/drafts/" + draftId + "/publications", """
                {"unitIds": [%d, %d], "deadline": "%s"}""".formatted(
                        mine.communeId(), other.communeId(), today().plusDays(3)));
        assertThat(outside.statusCode()).isEqualTo(400);
        assertThat(outside.body()).contains("không trực thuộc");
        HttpResponse<String> past = call(office, "POST", "/api/drafts/" + draftId + "/publications", """
                {"unitIds": [%d], "deadline": "%s"}""".formatted(
                        mine.communeId(), today().minusDays(1)));
        assertThat(past.body()).contains("đã qua");
        assertThat(call(office, "POST", "/api/drafts/" + draftId + "/publications", "{}")
                        .statusCode())
                .isEqualTo(400);
        assertThat(jdbc.sql("select count(*) from draft_publication where draft_id = ?")
                        .param(draftId)
                        .query(Integer.class)
                        .single())
                .isEqualTo(before);

        HttpResponse<String> empty = call(office, "POST", "/api/drafts", """
                {"orgId": "%d", "kind": "OTHER", "title": "Trống", "body": "  \\n "}""".formatted(mine.orgId()));
        assertThat(empty.statusCode()).isEqualTo(400);
        assertThat(empty.body()).contains("Nội dung dự thảo trống");
        assertThat(call(office, "POST", "/api/drafts", """
                        {"orgId": "%d", "kind": "BAO_CAO", "title": "Sai loại", "body": "Một đoạn"}""".formatted(mine.orgId()))
                        .body())
                .contains("BAO_CAO");

        long pub = publish();
        HttpResponse<String> nowhere = comment(cellSecretary, pub, mine.cellId(), "p99", "Đoạn không có");
        assertThat(nowhere.statusCode()).isEqualTo(400);
        assertThat(nowhere.body()).contains("p99");
        assertThat(comment(cellSecretary, pub, mine.cellId(), "p2", " ").statusCode())
                .isEqualTo(400);
        assertThat(comment(otherOffice, pub, mine.cellId(), "p2", "Xen vào").statusCode())
                .isEqualTo(403);
        assertThat(call(cellSecretary, "POST", "/api/draft-publications/" + pub + "/forward", """
                        {"orgId": "%d"}""".formatted(
                                        mine.cellId()))
                        .body())
                .contains("chưa có ý kiến");
        assertThat(commentsOf(pub)).isZero();
    }

    @Test
    void onlyAPublicPublicationIsShownOnThePortalWithoutSignIn() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        HttpResponse<String> open = http.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/portal/drafts/" + publicationId))
                        .build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertThat(open.statusCode()).isEqualTo(200);
        assertThat(open.body()).contains("Báo cáo chính trị nhiệm kỳ 2025-2030", "Bối cảnh nhiều khó khăn.");
        long closed = publish();
        HttpResponse<String> hidden = http.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/portal/drafts/" + closed))
                        .build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertThat(hidden.statusCode()).isEqualTo(404);
        assertThat(hidden.body()).doesNotContain("Bối cảnh");
    }

    /** A fresh publication of version 2 to the commune and the cell, open to members, not public. */
    long publish() {
        return ok(201, call(office, "POST", "/api/drafts/" + draftId + "/publications", """
                        {"unitIds": [%d, %d], "toMembers": true, "deadline": "%s"}""".formatted(
                                mine.communeId(), mine.cellId(), today().plusDays(10))))
                .get("id")
                .asLong();
    }

    HttpResponse<String> comment(String user, long pub, long org, String anchor, String text) {
        return call(user, "POST", "/api/draft-publications/" + pub + "/comments", """
                {"orgId": "%d", "anchor": %s, "text": "%s"}""".formatted(
                        org, anchor == null ? "null" : "\"" + anchor + "\"", text));
    }

    HttpResponse<String> held(String user, long pub, long org) {
        return call(user, "GET", "/api/draft-publications/" + pub + "/comments?orgId=" + org, null);
    }

    int commentsOf(long pub) {
        return jdbc.sql("select count(*) from draft_comment where publication_id = ?")
                .param(pub)
                .query(Integer.class)
                .single();
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }

    HttpResponse<String> call(String user, String method, String path, String body) {
        return WebSession.basic(port, method, path, user, P, body == null ? "{}" : body);
    }

    byte[] bytes(String user, String path) {
        String token = Base64.getEncoder().encodeToString((user + ":" + P).getBytes(StandardCharsets.UTF_8));
        try {
            HttpResponse<byte[]> res = HttpClient.newHttpClient()
                    .send(
                            HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                                    .header("Authorization", "Basic " + token)
                                    .build(),
                            HttpResponse.BodyHandlers.ofByteArray());
            assertThat(res.statusCode()).isEqualTo(200);
            return res.body();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    JsonNode ok(int status, HttpResponse<String> res) {
        assertThat(res.statusCode()).as(res.body()).isEqualTo(status);
        return json.readTree(res.body());
    }
}
