/**
 * After the congress: the results report sent up within 7 working days of the close, the superior's
 * confirmation (chuẩn y) within 15 working days with a registered decision, complaints that hold the
 * confirmation's countdown, and the annulment that reopens the election (QĐ 24-QĐ/TW §16.1).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Results")
package vn.daihoi.results;
