package vn.daihoi.personnel;

import java.time.LocalDate;
import java.util.List;
import vn.daihoi.org.Sex;

/** A candidate of the proposal, with the member record's data as proposed and the candidate's papers. */
public record Candidate(
        long id,
        PersonnelBody body,
        long memberId,
        String fullName,
        Sex sex,
        LocalDate birthDate,
        String ethnicity,
        boolean firstTime,
        boolean scienceCadre,
        String education,
        String position,
        List<CandidateDocument> documents) {

    /** A stored paper of the candidate. Kinds have message keys {@code personnel.document.<NAME>}. */
    public record CandidateDocument(long storedFileId, Kind kind, String filename, long size, String sha256) {}

    public enum Kind {
        CV,
        SUMMARY,
        ASSET_DECLARATION,
        POLITICAL_CLEARANCE,
        OTHER
    }

    /** Kinh is the majority; any other recorded ethnicity counts as an ethnic minority. */
    public boolean ethnicMinority() {
        if (ethnicity == null || ethnicity.isBlank()) {
            return false;
        }
        String e = vn.daihoi.names.VietnameseNames.searchKey(ethnicity).strip();
        return !e.equals("kinh") && !e.equals("dan toc kinh");
    }
}
