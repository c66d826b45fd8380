package vn.daihoi.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The icon is served to anyone (a browser asks for it before signing in) and linked by the layout. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class FaviconTest {

    @LocalServerPort
    int port;

    @Test
    void theFaviconIsServedWithoutLoginAsAnImage() throws Exception {
        HttpResponse<byte[]> ico = get("/favicon.ico");
        assertThat(ico.statusCode()).isEqualTo(200);
        assertThat(ico.headers().firstValue("Content-Type").orElse("")).startsWith("image/");
        // an ICO directory: reserved 0, type 1 (icon), at least one image
        assertThat(ico.body()).startsWith(0, 0, 1, 0);

        HttpResponse<byte[]> svg = get("/img/favicon.svg");
        assertThat(svg.statusCode()).isEqualTo(200);
        assertThat(svg.headers().firstValue("Content-Type").orElse("")).startsWith("image/svg+xml");
    }

    @Test
    void theLayoutLinksIt() throws Exception {
        // the login page uses the layout and is open to anyone
        String login = new String(get("/login").body(), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(login).contains("rel=\"icon\"").contains("/img/favicon.svg").contains("/favicon.ico");
    }

    private HttpResponse<byte[]> get(String path) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofByteArray());
    }
}
