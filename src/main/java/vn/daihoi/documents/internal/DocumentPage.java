package vn.daihoi.documents.internal;

import java.util.List;
import vn.daihoi.documents.DocumentSummary;

/** One page of register lines. */
public record DocumentPage(List<DocumentSummary> items, int page, int size, boolean hasNext) {}
