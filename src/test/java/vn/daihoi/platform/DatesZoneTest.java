package vn.daihoi.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.TimeZone;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Every time shown or printed is Vietnam time whatever the JVM's default zone (a server set to UTC). */
class DatesZoneTest {

    private TimeZone before;

    @BeforeEach
    void utcServer() {
        before = TimeZone.getDefault();
        TimeZone.setDefault(TimeZone.getTimeZone("UTC"));
    }

    @AfterEach
    void restore() {
        TimeZone.setDefault(before);
    }

    @Test
    void aCheckInAt19UtcIsTwoOClockOfTheNextDayInVietnam() {
        Instant at = Instant.parse("2025-07-22T19:00:00Z");
        assertThat(Dates.time(at)).isEqualTo("02:00");
        assertThat(Dates.dateTime(at)).isEqualTo("23/07/2025 02:00");
        assertThat(Dates.vnDate(at)).isEqualTo(LocalDate.of(2025, 7, 23));
        // what PostgreSQL's driver hands back for a timestamptz: an offset of +00
        OffsetDateTime fromDriver = at.atOffset(ZoneOffset.UTC);
        assertThat(Dates.format(fromDriver, "HH:mm dd/MM/yyyy")).isEqualTo("02:00 23/07/2025");
        assertThat(Dates.format(java.sql.Timestamp.from(at), "dd/MM/yyyy HH:mm"))
                .isEqualTo("23/07/2025 02:00");
        // a local value is what it says, never shifted
        assertThat(Dates.format(LocalDate.of(2025, 7, 22), "dd/MM/yyyy")).isEqualTo("22/07/2025");
        assertThat(Dates.format(java.sql.Date.valueOf(LocalDate.of(2025, 7, 22)), "dd/MM/yyyy"))
                .isEqualTo("22/07/2025");
    }

    @Test
    void noTemplateFormatsTimesInTheJvmZone() throws Exception {
        // #temporals formats an instant in the JVM's default zone; templates use #vn (VietnamTimeDialect)
        var templates = new org.springframework.core.io.support.PathMatchingResourcePatternResolver()
                .getResources("classpath*:templates/**/*.html");
        assertThat(templates).isNotEmpty();
        java.util.List<String> offenders = new java.util.ArrayList<>();
        for (var t : templates) {
            String html = t.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
            if (html.contains("#temporals") || html.contains("#dates.format")) {
                offenders.add(t.getFilename());
            }
        }
        assertThat(offenders).isEmpty();
    }
}
