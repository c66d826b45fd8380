package vn.daihoi.security;

import java.util.LinkedHashMap;
import java.util.Map;
import vn.daihoi.security.Fixtures.Province;

/**
 * The list stage for the permission matrix (lists, session 5): the election of {@link ElectionFixtures} (round 1
 * in LIST state) with {entry} and {withdrawal} naming nothing of it, so the holder's request is a 404 or a form
 * error after the permission, never a 403; {roundId} is not an opinion round of it (a 404 too).
 */
final class ElectionListFixtures {

    private ElectionListFixtures() {}

    static Map<String, String> list(Province p) {
        Map<String, String> values = new LinkedHashMap<>(ElectionFixtures.election(p));
        values.put("entry", "0");
        values.put("withdrawal", "0");
        return values;
    }
}
