/**
 * The personnel proposal (đề án nhân sự) of a congress case: the bodies to elect with their size and
 * structure, the candidates with their papers, the structure indicators against the rulebook's targets (as
 * warnings, never blocks), and candidacies outside the proposal with their working-day deadline.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Personnel proposal")
package vn.daihoi.personnel;
