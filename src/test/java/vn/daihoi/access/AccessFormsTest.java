package vn.daihoi.access;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.daihoi.platform.FormPage.errorFor;

import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.util.HtmlUtils;
import vn.daihoi.security.Fixtures;
import vn.daihoi.security.Fixtures.Province;
import vn.daihoi.security.WebSession;

/**
 * The account forms in the one form pattern: a refused post comes back to the form with every error beside
 * its field in Vietnamese; passwords are never echoed back; nothing changes.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class AccessFormsTest {

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcClient jdbc;

    Fixtures fx;
    Province a;
    String name;
    WebSession user;

    @BeforeEach
    void setUp() {
        fx = new Fixtures(context);
        a = fx.province("af");
        name = fx.username(fx.userWithRole(Role.VIEWER, a.orgId()));
        user = new WebSession(port);
        assertThat(WebSession.location(user.login(name, Fixtures.PASSWORD))).doesNotContain("/login");
    }

    @Test
    void aPasswordChangeWithThreeBadFieldsShowsThemAllBesideTheFieldsWithoutEchoingAPassword() {
        String hash = hash();
        Map<String, String> form = new LinkedHashMap<>();
        form.put("current", "");
        form.put("next", "ngan1");
        form.put("confirm", "ngan2Khac");
        HttpResponse<String> posted = user.post("/account/password", form);

        assertThat(posted.statusCode()).isEqualTo(302);
        assertThat(WebSession.location(posted)).endsWith("/account/password#password-form");
        String page = user.get("/account/password").body();
        assertThat(errorFor(page, "current")).isEqualTo("Hãy nhập «Mật khẩu hiện tại».");
        assertThat(errorFor(page, "next")).isEqualTo("Mật khẩu phải có ít nhất 12 ký tự.");
        assertThat(errorFor(page, "confirm")).isEqualTo("Hai lần nhập mật khẩu mới không khớp nhau.");
        assertThat(page).doesNotContain("ngan1").doesNotContain("ngan2Khac");
        assertThat(hash()).isEqualTo(hash);

        // the wrong current password is a refusal of the service: beside its field
        user.post(
                "/account/password",
                Map.of("current", "SaiMatKhau2026x", "next", "Doimoi2026abc", "confirm", "Doimoi2026abc"));
        page = user.get("/account/password").body();
        assertThat(errorFor(page, "current")).isEqualTo("Mật khẩu hiện tại không đúng.");
        assertThat(page).doesNotContain("SaiMatKhau2026x").doesNotContain("Doimoi2026abc");
        assertThat(hash()).isEqualTo(hash);
    }

    @Test
    void aBadEmailComesBackBesideItsFieldAsTyped() {
        HttpResponse<String> posted = user.post("/account/email", Map.of("email", "khong-phai-thu"));
        assertThat(WebSession.location(posted)).endsWith("/account/password#email-form");
        String page = user.get("/account/password").body();
        assertThat(errorFor(page, "email")).contains("khong-phai-thu");
        assertThat(inputValue(page, "email")).isEqualTo("khong-phai-thu");
        assertThat(jdbc.sql("select count(*) from app_user where username = ? and email is not null")
                        .param(name)
                        .query(Long.class)
                        .single())
                .isZero();

        assertThat(WebSession.location(user.post("/account/email", Map.of("email", "lan@example.vn"))))
                .endsWith("/account/password?emailSaved");
    }

    private String hash() {
        return jdbc.sql("select password_hash from app_user where username = ?")
                .param(name)
                .query(String.class)
                .single();
    }

    static String inputValue(String page, String id) {
        Matcher tag = Pattern.compile("<input[^>]*id=\"" + Pattern.quote(id) + "\"[^>]*>")
                .matcher(page);
        assertThat(tag.find()).as("input " + id).isTrue();
        Matcher v = Pattern.compile("value=\"([^\"]*)\"").matcher(tag.group());
        return v.find() ? HtmlUtils.htmlUnescape(v.group(1)) : "";
    }
}
