import { leverArrays, lookupLever } from '../levers/leverRegistry';
import { messages } from '../messages/message';
import type { ResolutionContext } from './resolutionContext';
import type { FundAssumptions } from './types';

/**
 * Warns (code `unused_value`, at `rules.rate_adjustment.cap`) when a fund's rate-adjustment rule can
 * never act: its lever is already at or above the cap in every year the rule could raise it
 * (indexes fromIndex … end, on the resolved and adjusted assumptions). Such a rule is accepted and
 * would otherwise do nothing without a word.
 */
export function checkRateRuleCap(funds: readonly FundAssumptions[], ctx: ResolutionContext): void {
  for (const fund of funds) {
    const rule = fund.rules.rateAdjustment;
    const lever = rule && lookupLever(rule.lever, fund.scheme);
    if (!rule || !lever) continue;
    const values = leverArrays(fund, lever)[0];
    let lowest = Infinity;
    let lowestYear = ctx.timeline.baseYear + rule.fromIndex;
    for (let i = rule.fromIndex; i < values.length; i++) {
      if (values[i] < lowest) {
        lowest = values[i];
        lowestYear = ctx.timeline.baseYear + i;
      }
    }
    if (lowest === Infinity || lowest < rule.cap) continue;
    const text = messages('assumptions.rateRule.capReached', { lever: lever.name, cap: rule.cap, value: lowest, year: lowestYear });
    ctx.warn(['funds', fund.id, 'rules', 'rate_adjustment', 'cap'], 'unused_value', text.en, text.zh, { cap: rule.cap, value: lowest, year: lowestYear });
  }
}
