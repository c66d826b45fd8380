package vn.daihoi.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AuditDetailsTest {

    @Test
    void detailsFromAMapAreJsonWithTheirKeysInOrder() {
        AuditLog.Change c = AuditLog.Change.of("X", "thing", 1, null, "tóm tắt")
                .withDetails(Map.of(
                        "round",
                        2,
                        "plannedOn",
                        LocalDate.of(2027, 1, 15),
                        "item",
                        "HS-01 \"trích\"",
                        "cases",
                        List.of(3L, 4L)));

        assertThat(c.details())
                .isEqualTo(
                        "{\"cases\":[3,4],\"item\":\"HS-01 \\\"trích\\\"\",\"plannedOn\":\"2027-01-15\",\"round\":2}");
    }

    @Test
    void anAbsentValueIsNull() {
        Map<String, Object> details = new HashMap<>();
        details.put("file", null);
        details.put("number", 7);

        assertThat(AuditLog.Change.of("X", "thing", 1, null, "s")
                        .withDetails(details)
                        .details())
                .isEqualTo("{\"file\":null,\"number\":7}");
    }
}
