import type { Lang } from '../messages/template';
import { LEVER_TABLE, type LeverName } from './leverTable';

/** The display name of every lever in English and Chinese (from LEVER_TABLE). */
export const LEVER_LABELS: Readonly<Record<LeverName, { en: string; zh: string }>> = Object.freeze(
  Object.fromEntries(LEVER_TABLE.map((l) => [l.name, l.label])) as Record<LeverName, { en: string; zh: string }>,
);

/**
 * A lever's name for a reader: in Chinese its Chinese name with the id the command line takes
 * (`单位缴费率（employer_rate）`); in English the id itself; an unknown name as given.
 */
export function leverLabel(name: string, lang: Lang): string {
  const l = (LEVER_LABELS as Record<string, { en: string; zh: string } | undefined>)[name];
  return l && lang === 'zh' ? `${l.zh}（${name}）` : name;
}
