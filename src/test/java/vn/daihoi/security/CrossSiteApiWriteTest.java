package vn.daihoi.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** A browser holding cached Basic credentials cannot be made to write through the API from another site. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class CrossSiteApiWriteTest {

    @LocalServerPort
    int port;

    int post(String origin, String fetchSite) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/members/import"))
                .header("Authorization", TestAdmin.basicHeader())
                .header("Content-Type", "text/plain")
                .POST(HttpRequest.BodyPublishers.ofString("x"));
        if (origin != null) {
            b.header("Origin", origin);
        }
        if (fetchSite != null) {
            b.header("Sec-Fetch-Site", fetchSite);
        }
        return HttpClient.newHttpClient()
                .send(b.build(), HttpResponse.BodyHandlers.discarding())
                .statusCode();
    }

    @Test
    void aWriteFromAForeignOriginIsRefused() throws Exception {
        assertThat(post("https://evil.example", null)).isEqualTo(403);
        assertThat(post(null, "cross-site")).isEqualTo(403);
    }

    @Test
    void scriptsAndSameOriginCallsGetThrough() throws Exception {
        // Past the filter: whatever the endpoint answers to a bad body, it is not the cross-site refusal.
        assertThat(post(null, null)).isNotEqualTo(403);
        assertThat(post("http://localhost:" + port, "same-origin")).isNotEqualTo(403);
    }
}
