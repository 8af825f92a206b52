import type { EmployeeFundSpec, ResidentFundSpec } from '../scenario/scenarioSchema';

/**
 * Base-year benefit spending per head (yuan per person), given per head or split from a total
 * (units.money) with k = unitFactor(units):
 *   employee: c_active = total / ((N_active + ρ·N_retiree)·k), c_retiree = ρ·c_active   (ρ = retiree_to_active_ratio)
 *   resident: c = total / (N·k)
 * With no members to split over, the per-head amounts are 0 (checkScenarioSemantics reports a
 * positive total over zero members).
 */
export function splitBaseYearSpending(spec: EmployeeFundSpec, k: number): { perActive: number; perRetiree: number };
export function splitBaseYearSpending(spec: ResidentFundSpec, k: number): { perInsured: number };
export function splitBaseYearSpending(spec: EmployeeFundSpec | ResidentFundSpec, k: number): { perActive: number; perRetiree: number } | { perInsured: number } {
  if (spec.scheme === 'employee') {
    const base = spec.spending.base;
    if ('per_active' in base) return { perActive: base.per_active, perRetiree: base.per_retiree };
    const weight = (spec.members.actives + base.retiree_to_active_ratio * spec.members.retirees) * k;
    if (!(weight > 0)) return { perActive: 0, perRetiree: 0 };
    const perActive = base.total / weight;
    return { perActive, perRetiree: base.retiree_to_active_ratio * perActive };
  }
  const base = spec.spending.base;
  if ('per_insured' in base) return { perInsured: base.per_insured };
  return { perInsured: spec.members.insured > 0 ? base.total / (spec.members.insured * k) : 0 };
}
