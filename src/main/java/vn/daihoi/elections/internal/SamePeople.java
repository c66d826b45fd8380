package vn.daihoi.elections.internal;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import vn.daihoi.names.PersonName;

/**
 * A set of people as the congress day meets them: members by their record, and names typed without one. A
 * person is in it when both sides carry the same member record, or when either side has none and the full
 * names agree (NFC, spacing and case aside).
 */
public final class SamePeople {

    private final Set<Long> memberIds = new HashSet<>();
    private final Set<String> allNames = new HashSet<>();
    private final Set<String> namesWithoutRecord = new HashSet<>();

    public void add(Long memberId, String fullName) {
        String name = key(fullName);
        allNames.add(name);
        if (memberId != null) {
            memberIds.add(memberId);
        } else {
            namesWithoutRecord.add(name);
        }
    }

    boolean isEmpty() {
        return allNames.isEmpty();
    }

    public boolean contains(Long memberId, String fullName) {
        if (memberId == null) {
            return allNames.contains(key(fullName));
        }
        return memberIds.contains(memberId) || namesWithoutRecord.contains(key(fullName));
    }

    private static String key(String fullName) {
        return PersonName.clean(fullName).toLowerCase(Locale.ROOT);
    }
}
