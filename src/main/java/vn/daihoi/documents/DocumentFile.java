package vn.daihoi.documents;

/** A document's attached file as stored: its name, its type (detected from the content) and its bytes. */
public record DocumentFile(String filename, String contentType, byte[] bytes) {}
