package vn.daihoi.security;

import java.util.LinkedHashMap;
import java.util.Map;
import vn.daihoi.security.Fixtures.Province;

/**
 * Placeholders for the results and archive rows of {@link PermissionMatrixTest}: {id} is the commune's congress
 * case ({@link SeasonFixtures}) and {complaintId} a complaint number that does not exist, so that the holder
 * is let through the permission check and then told the complaint is unknown, never refused.
 */
final class ArchiveFixtures {

    private ArchiveFixtures() {}

    static Map<String, String> caseAndComplaint(Province p) {
        Map<String, String> values = new LinkedHashMap<>(PermissionMatrixTest.resident(p));
        values.put("id", Long.toString(SeasonFixtures.caseOf(p)));
        values.put("complaintId", "0");
        return values;
    }
}
