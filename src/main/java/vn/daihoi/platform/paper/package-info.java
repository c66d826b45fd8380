/**
 * The one writer of the Party papers: the model {@link vn.daihoi.platform.paper.PartyPaper} and its two
 * renderers, {@link vn.daihoi.platform.paper.PartyPaperPdf} (XHTML with the one stylesheet
 * {@code papers/party-paper.css} and its one {@code @page}, through {@code platform.HtmlPdf}) and
 * {@link vn.daihoi.platform.paper.PartyPaperDocx} (Apache POI). A new paper builds a {@code PartyPaper} (copy
 * {@code documents.internal.PartyLayout} or {@code season.plan.AllocationExports}) and renders it; it writes no
 * HTML, CSS or POI of its own.
 *
 * <p>Printed formats that are not Party papers keep a page of their own, because this layout cannot draw them:
 * <ul>
 *   <li>{@code elections.paper.BallotPaper} and the introduction ballot of {@code elections.paper.IntroductionPaper}: a
 *       ballot, not a document: narrow margins, the convening committee's seal box, boxes to mark, nothing
 *       that tells one paper from another (no number, no date, no signature);</li>
 *   <li>{@code roll.Badges}: delegate badges, a sheet of them with no margin, each with its QR code and dashed
 *       cut lines;</li>
 *   <li>{@code archive.internal.IndexPdf}: the archive's index, an A4 landscape table of every file with its
 *       SHA-256;</li>
 *   <li>{@code keying.EntryLogPdf}: the entry log, thousands of rows drawn with PDFBox directly (the HTML
 *       renderer took 10 s for a 4,800-entry round);</li>
 *   <li>{@code static/css/plan/allocation.css}: the browser's print of the allocation page (the PDF of the
 *       same table is a Party paper, {@code season.plan.AllocationExports}).</li>
 * </ul>
 */
package vn.daihoi.platform.paper;
