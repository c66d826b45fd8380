package vn.daihoi.budget;

/** A line item as the caller sends it; checked by {@link BudgetEstimates} after the permission. */
public record NewBudgetLine(
        BudgetGroup group, String description, Integer quantity, String unit, Long unitPrice, Long norm) {}
