package vn.daihoi.documents;

import java.util.List;

/** One page of register lines. */
public record DocumentPage(List<DocumentSummary> items, int page, int size, boolean hasNext) {}
