import type { Assumptions } from '../assumptions/types';
import { sensitivity } from '../sensitivity/sensitivity';
import type { ReportSensitivity } from './reportTypes';

/**
 * The report's sensitivity section: for each fund, the months of reserve ten years after the base
 * year (or in the last projected year, if sooner) with each default assumption moved alone to its
 * favourable and its unfavourable value (sensitivity, DEFAULT_SENSITIVITY). Changes are shown as
 * additions (0.01 = 1 point of growth or rate; a ×1.05 level change as 0.05). Assumptions whose
 * outcome is undefined (no expenditure) are left out.
 */
export function sensitivityForReport(a: Assumptions): ReportSensitivity[] {
  const year = Math.min(a.timeline.baseYear + 10, a.timeline.endYear);
  return a.funds.map((f) => {
    const s = sensitivity(a, f.id, { kind: 'months', year });
    return {
      fund: f.id,
      outcome: { en: `months of reserve in ${year}`, zh: `${year}年可支付月数` },
      unit: { en: 'months', zh: '月' },
      base: s.base ?? 0,
      rows: s.tornado
        .filter((b) => b.lowCost.value !== null && b.highCost.value !== null)
        .map((b) => ({
          parameter: b.label,
          // a ×1.05 level change is shown as +0.05 (rounded: 1.05 − 1 is not exactly 0.05 in doubles)
          low: b.move === 'multiply' ? Math.round((b.lowCost.change - 1) * 1e9) / 1e9 : b.lowCost.change,
          high: b.move === 'multiply' ? Math.round((b.highCost.change - 1) * 1e9) / 1e9 : b.highCost.change,
          unit: { en: 'change', zh: '变动' },
          outcomeLow: b.lowCost.value!,
          outcomeHigh: b.highCost.value!,
        })),
    };
  }).filter((r) => r.rows.length > 0);
}
