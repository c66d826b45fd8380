package vn.daihoi.roll;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import vn.daihoi.security.Fixtures;
import vn.daihoi.security.TestAdmin;

/**
 * The agenda's API: steps added and the current one moved, a body chosen by show of hands by badge numbers,
 * bad input refused in Vietnamese with nothing written, the step of the case respected; in the OpenAPI document.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class AgendaApiTest {

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ObjectMapper json;

    @LocalServerPort
    int port;

    private HttpResponse<String> call(String method, String path, String body) {
        return TestAdmin.basic(port, method, path, body == null ? "{}" : body);
    }

    private JsonNode ok(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return json.readTree(response.body());
    }

    @Test
    void theAgendaAndTheShowOfHandsThroughTheApi() {
        Fixtures.Province p = new Fixtures(context).province("aga");
        long id = RollFixtures.congress(jdbc, p.communeId(), "DELEGATE");
        String api = "/api/congresses/" + id;
        for (String name : new String[] {"Nguyễn Văn An", "Trần Thị Bình", "Lê Văn Cường"}) {
            ok(call("POST", api + "/roll/delegates", "{\"kind\":\"APPOINTED\",\"fullName\":\"" + name + "\"}"));
        }
        assertThat(ok(call("GET", api + "/agenda", null)).get("steps").size()).isZero();

        ok(call("POST", api + "/agenda/steps", "{\"startsAt\":\"7:30\",\"title\":\"Đón đại biểu\"}"));
        JsonNode two = ok(call("POST", api + "/agenda/steps", "{\"startsAt\":\"08:00\",\"title\":\"Khai mạc\"}"));
        assertThat(two.get("steps").size()).isEqualTo(2);
        HttpResponse<String> badTime =
                call("POST", api + "/agenda/steps", "{\"startsAt\":\"8h\",\"title\":\"Bầu Đoàn Chủ tịch\"}");
        assertThat(badTime.statusCode()).isEqualTo(400);
        assertThat(badTime.body()).contains("8h");

        long second = two.get("steps").get(1).get("id").asLong();
        JsonNode moved = ok(call("POST", api + "/agenda/current", "{\"stepId\":" + second + "}"));
        assertThat(moved.get("steps").get(1).get("current").asBoolean()).isTrue();
        assertThat(moved.get("steps").get(0).get("current").asBoolean()).isFalse();
        assertThat(call("POST", api + "/agenda/current", "{\"stepId\":-5}").statusCode())
                .isEqualTo(404);

        HttpResponse<String> notOnRoll = call(
                "POST",
                api + "/agenda/bodies",
                "{\"body\":\"PRESIDIUM\",\"numbers\":[1,9],\"agree\":3,\"disagree\":0,\"total\":3}");
        assertThat(notOnRoll.statusCode()).isEqualTo(400);
        assertThat(notOnRoll.body()).contains("Số thẻ 9");
        JsonNode chosen = ok(call(
                "POST",
                api + "/agenda/bodies",
                "{\"body\":\"PRESIDIUM\",\"numbers\":[2,1],\"agree\":2,\"disagree\":1,\"total\":3}"));
        JsonNode presidium = chosen.get("bodies").get(0);
        assertThat(presidium.get("body").asString()).isEqualTo("PRESIDIUM");
        assertThat(presidium.get("elected").asBoolean()).isTrue();
        assertThat(presidium.get("members").get(0).get("fullName").asString()).isEqualTo("Trần Thị Bình");
        assertThat(presidium.get("members").size()).isEqualTo(2);

        // once the congress is closed, the agenda is the record of the day
        jdbc.sql("update congress_case set state = 'CLOSED' where id = ?")
                .param(id)
                .update();
        HttpResponse<String> closed =
                call("POST", api + "/agenda/steps", "{\"startsAt\":\"16:00\",\"title\":\"Bế mạc\"}");
        assertThat(closed.statusCode()).isEqualTo(409);
        assertThat(closed.body()).contains("Đã bế mạc");
        assertThat(ok(call("GET", api + "/agenda", null)).get("steps").size()).isEqualTo(2);

        String docs = call("GET", "/v3/api-docs", null).body();
        assertThat(docs)
                .contains("/api/congresses/{id}/agenda/bodies")
                .contains("/api/congresses/{id}/agenda/current")
                .contains("/api/congresses/{id}/roll/close");
    }
}
