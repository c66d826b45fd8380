package vn.daihoi.security;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import vn.daihoi.security.Fixtures.Province;

/**
 * Placeholders for the rows of {@link PermissionMatrixTest} that name a part of the commune's case in their
 * path (modules budget and personnel): {id} is the case as for {@code CASE}, and {item}, {body} or
 * {candidate} a line, body or candidate that does not exist, so that A's own request is refused with 404
 * after the permission and nothing changes.
 */
final class PreparationFixtures {

    private PreparationFixtures() {}

    static Function<Province, Map<String, String>> caseWith(String name, String value) {
        return p -> {
            Map<String, String> values = new LinkedHashMap<>(PermissionMatrixTest.CASE.apply(p));
            values.put(name, value);
            return values;
        };
    }

    /** {item}: no line of the estimate. */
    static final Function<Province, Map<String, String>> CASE_ITEM = caseWith("item", "0");

    /** {body}: a body the fixtures' proposals never plan. */
    static final Function<Province, Map<String, String>> CASE_BODY = caseWith("body", "INSPECTION_CHAIR");

    /** {candidate}: no candidate. */
    static final Function<Province, Map<String, String>> CASE_CANDIDATE = caseWith("candidate", "0");
}
