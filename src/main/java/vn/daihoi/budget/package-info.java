/**
 * The budget estimate (dự toán kinh phí) of a congress case: line items by group with quantity, unit price
 * and the spending norm, totals in whole đồng, the comparison with the unit's previous congress, and the
 * estimate exported as XLSX and PDF.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Budget estimate")
package vn.daihoi.budget;
