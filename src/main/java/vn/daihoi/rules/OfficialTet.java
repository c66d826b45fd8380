package vn.daihoi.rules;

import java.time.LocalDate;

/**
 * The Tết break of a year as officially decided: every day from {@code firstDay} to {@code lastDay} is off
 * and the default (the last day of the lunar year and days 1–4, with compensatory days) is not used.
 * {@code year} is the solar year of mùng 1 Tết.
 */
public record OfficialTet(int year, LocalDate firstDay, LocalDate lastDay, String note, String decisionRef) {}
