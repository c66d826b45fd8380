package vn.daihoi.tally;

import java.util.List;

/**
 * What the counting minutes need beyond the count itself (elections.md §6), read from the optional
 * {@code minutes} object of a record; every field may be missing and is then left as a dotted blank.
 *
 * @param superior the superior organisation printed above the issuer (e.g. "ĐẢNG BỘ QUẬN 1")
 * @param organisation the issuing organisation (e.g. "ĐẢNG BỘ PHƯỜNG QUANG TRUNG")
 * @param congress the congress or meeting (e.g. "Đại hội đại biểu Đảng bộ phường Quang Trung")
 * @param term the term (e.g. "2025–2030")
 * @param place where it was held; printed before the date as in every Party document
 * @param date dd/MM/yyyy
 * @param time when the minutes were completed (HH:mm)
 * @param head head of the counting committee
 * @param members the other members of the counting committee
 * @param countingMode {@code KEYED} (entered by hand) or {@code SCANNER}
 * @param entryLog the entry log lines (nhật ký nhập phiếu)
 * @param complaints complaints and how they were settled
 */
public record MinutesInfo(
        String superior,
        String organisation,
        String congress,
        String term,
        String place,
        String date,
        String time,
        String head,
        List<String> members,
        String countingMode,
        List<String> entryLog,
        List<String> complaints) {

    public MinutesInfo {
        members = members == null ? List.of() : List.copyOf(members);
        entryLog = entryLog == null ? List.of() : List.copyOf(entryLog);
        complaints = complaints == null ? List.of() : List.copyOf(complaints);
    }

    public static final MinutesInfo EMPTY =
            new MinutesInfo(null, null, null, null, null, null, null, null, null, null, null, null);
}
