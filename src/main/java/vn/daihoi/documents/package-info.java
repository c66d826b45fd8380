/**
 * The register of Party documents (directives, plans, guidance, conclusions, notices, reports, minutes…):
 * numbering per issuer, type and committee term or per congress, symbols such as {@code 35-CT/TW}
 * parsed and generated, and outgoing documents rendered as PDF and DOCX in the Party layout.
 *
 * <p>Public face: {@link vn.daihoi.documents.DocumentRegister} (register, issue, read a document) with its
 * values {@link vn.daihoi.documents.NewDocument}, {@link vn.daihoi.documents.IssuedDocument},
 * {@link vn.daihoi.documents.DocumentDetail}, {@link vn.daihoi.documents.DocumentSummary},
 * {@link vn.daihoi.documents.DocumentType}, {@link vn.daihoi.documents.Direction} and
 * {@link vn.daihoi.documents.IssuingOrgan}; {@link vn.daihoi.documents.DocumentRendering} (PDF and DOCX in
 * the Party layout) and {@link vn.daihoi.documents.DocumentFile} (a rendered file);
 * {@link vn.daihoi.documents.DocumentSymbols} (parse and build symbols) with
 * {@link vn.daihoi.documents.SymbolResolution}; and the SPI
 * {@link vn.daihoi.documents.CommitteeTerms} (implemented by season). Searches, pages, numbering
 * proposals and issuer symbols live in {@code documents.internal}; the controllers in {@code documents.web}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Document register")
package vn.daihoi.documents;
