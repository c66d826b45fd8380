/**
 * The register of Party documents (directives, plans, guidance, conclusions, notices, reports, minutes…):
 * numbering per issuer, type and committee term or per congress, symbols such as {@code 35-CT/TW}
 * parsed and generated, and outgoing documents rendered as PDF and DOCX in the Party layout.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Document register")
package vn.daihoi.documents;
