package vn.daihoi.results;

import java.time.LocalDate;
import java.util.List;

/** What the results services take: plain records, checked by the services. */
public final class ResultsRequests {

    private ResultsRequests() {}

    /** A file as received: its kind, name and bytes (the type is read from the content). */
    public record Upload(ResultsFileKind kind, String filename, byte[] bytes) {}

    /** The results report: the day it was sent (today when null) and its files. */
    public record Report(LocalDate reportedOn, List<Upload> files) {

        public Report {
            files = files == null ? List.of() : List.copyOf(files);
        }
    }

    /** A complaint received by the superior: who, on which day, about what. */
    public record NewComplaint(String complainant, LocalDate receivedOn, String content) {}

    /** How a complaint was settled, and on which day (today when null). */
    public record Settlement(LocalDate settledOn, String settlement) {}

    /**
     * The confirmation: the decision's day (today when null), its subject (a default names the unit and term),
     * its signer, and the signed scan (may be null).
     */
    public record Confirmation(LocalDate decidedOn, String subject, String signerName, Upload signedCopy) {}
}
