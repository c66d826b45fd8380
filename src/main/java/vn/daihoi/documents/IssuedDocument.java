package vn.daihoi.documents;

/** What the register gave a new document: its id, its number and its symbol ({@code 101-KH/ĐU}). */
public record IssuedDocument(long id, int number, String symbol) {}
