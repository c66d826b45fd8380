package vn.daihoi.documents.internal;

/**
 * The number the next document of a sequence would get, with its symbol and the term it is counted in
 * (null for a congress). A proposal only: the number is fixed when the document is issued.
 */
public record NumberProposal(int number, String symbol, String term, String issuerSymbol) {}
