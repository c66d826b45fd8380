package vn.daihoi.elections.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.daihoi.results.ResultsFixtures;
import vn.daihoi.security.Fixtures;
import vn.daihoi.security.TestAdmin;
import vn.daihoi.security.WebSession;

/**
 * A hall screen switched off or a laptop closed is normal on a congress day: the server forgets the screen
 * without an ERROR and a stack trace in the log.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ExtendWith(OutputCaptureExtension.class)
class HallDisconnectTest {

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    HallFeed feed;

    @LocalServerPort
    int port;

    @Test
    void aScreenThatGoesAwayIsForgottenWithoutAnErrorInTheLog(CapturedOutput output) throws Exception {
        Fixtures.Province p = new Fixtures(context).province("hdc");
        long caseId = ResultsFixtures.caseIn(jdbc, p.cellId(), "IN_SESSION", LocalDate.of(2026, 11, 20));
        WebSession web = TestAdmin.session(port);
        String cookie = web.cookie("SESSION")
                .map(v -> "SESSION=" + v)
                .orElseGet(() -> "JSESSIONID=" + web.cookie("JSESSIONID").orElseThrow());

        try (Socket screen = new Socket("localhost", port)) {
            OutputStream out = screen.getOutputStream();
            out.write(("GET /congresses/" + caseId + "/hall/events HTTP/1.1\r\nHost: localhost\r\n"
                            + "Accept: text/event-stream\r\nCookie: " + cookie + "\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = screen.getInputStream();
            byte[] head = new byte[12];
            assertThat(in.readNBytes(head, 0, 12)).isEqualTo(12);
            assertThat(new String(head, StandardCharsets.US_ASCII)).isEqualTo("HTTP/1.1 200");
            assertThat(feed.listening(caseId)).isEqualTo(1);
            screen.setSoLinger(true, 0); // the screen is switched off: the connection is reset
        }

        // heartbeats go to the screen until the server notices it is gone
        for (int i = 0; i < 120 && feed.listening(caseId) > 0; i++) {
            feed.poll();
            Thread.sleep(20);
        }
        assertThat(feed.listening(caseId)).as("the screen is forgotten").isZero();
        Thread.sleep(1000); // the container's error dispatch of the stream, if any, runs on its own thread

        assertThat(output.getAll())
                .doesNotContain(" ERROR ")
                .doesNotContain("AsyncRequestNotUsableException")
                .doesNotContain("Broken pipe")
                .doesNotContain("Connection reset");
    }
}
