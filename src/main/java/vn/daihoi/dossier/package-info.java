/**
 * The approval dossier (hồ sơ đề nghị duyệt đại hội): the checklist per level and kind of congress, the
 * files that satisfy each item, submission to the direct superior, appraisal with comments per item; and
 * the approval calendar (lịch duyệt) with its conflicts and the written conclusions that approve a case.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Approval dossier")
package vn.daihoi.dossier;
