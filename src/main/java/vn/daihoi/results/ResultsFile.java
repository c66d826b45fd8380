package vn.daihoi.results;

import vn.daihoi.files.StoredFile;

/** A file of the results report. */
public record ResultsFile(long id, ResultsFileKind kind, StoredFile file) {}
