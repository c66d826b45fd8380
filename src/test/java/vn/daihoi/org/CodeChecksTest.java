package vn.daihoi.org;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The database's lists of allowed codes and the Java enums say the same thing. */
@SpringBootTest
class CodeChecksTest {

    @Autowired
    JdbcClient jdbc;

    List<String> allowed(String constraint) {
        String def = jdbc.sql("select pg_get_constraintdef(oid) from pg_constraint where conname = ?")
                .param(constraint)
                .query(String.class)
                .single();
        return Arrays.stream(def.split("'"))
                .filter(s -> s.matches("[A-Z_]+"))
                .sorted()
                .toList();
    }

    static List<String> names(Enum<?>[] values) {
        return Arrays.stream(values).map(Enum::name).sorted().toList();
    }

    @Test
    void levelsTypesAndSituationsMatchTheEnums() {
        assertThat(allowed("org_version_level_check")).isEqualTo(names(OrgLevel.values()));
        assertThat(allowed("org_version_unit_type_check")).isEqualTo(names(UnitType.values()));
        assertThat(allowed("member_situation_check")).isEqualTo(names(MemberSituation.values()));
    }
}
