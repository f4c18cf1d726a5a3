/**
 * Budgets (versioned, computed totals, FinsamL 5 § contributions, rounding-aware checks) and the verksamhetsplan. Public API: {@link se.finsam.handlingar.budget.BudgetService} and {@link se.finsam.handlingar.budget.Amounts}.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "document", "render", "system", "template" })
package se.finsam.handlingar.budget;
