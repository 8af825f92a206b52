import { assumptionsMessages } from './assumptionsMessages';
import { attributionMessages } from './attributionMessages';
import { backtestMessages } from './backtestMessages';
import { benefitsMessages } from './benefitsMessages';
import { budgetMessages } from './budgetMessages';
import { budgetOutputMessages } from './budgetOutputMessages';
import { calibrateMessages } from './calibrateMessages';
import { chartsMessages } from './chartsMessages';
import { cliMessages } from './cliMessages';
import { demographyMessages } from './demographyMessages';
import { engineMessages } from './engineMessages';
import { generalMessages } from './generalMessages';
import { historyMessages } from './historyMessages';
import { inputMessages } from './inputMessages';
import { leversMessages } from './leversMessages';
import { membershipMessages } from './membershipMessages';
import { moneyMessages } from './moneyMessages';
import { montecarloMessages } from './montecarloMessages';
import { monthlyMessages } from './monthlyMessages';
import { outputMessages } from './outputMessages';
import { regionsMessages } from './regionsMessages';
import { reportMessages } from './reportMessages';
import { resultsMessages } from './resultsMessages';
import { scenarioMessages } from './scenarioMessages';
import { sensitivityMessages } from './sensitivityMessages';
import { solveMessages } from './solveMessages';
import type { Template } from './template';

/**
 * The message catalogue: every sentence fundcast shows, by key, in English and Chinese, each a
 * function of typed parameters (src/messages/template.ts). One section per source folder (errors
 * first; labels, table headers and CLI text join as sections of their own); keys are
 * `<folder>.<name>` and unique across sections. Errors use their key as their `code`
 * (errors/FundcastError); `message(key, params, lang)` renders an entry.
 */
export const CATALOGUE = {
  ...assumptionsMessages,
  ...attributionMessages,
  ...backtestMessages,
  ...benefitsMessages,
  ...budgetMessages,
  ...budgetOutputMessages,
  ...calibrateMessages,
  ...chartsMessages,
  ...cliMessages,
  ...demographyMessages,
  ...engineMessages,
  ...generalMessages,
  ...historyMessages,
  ...inputMessages,
  ...leversMessages,
  ...membershipMessages,
  ...moneyMessages,
  ...montecarloMessages,
  ...monthlyMessages,
  ...outputMessages,
  ...regionsMessages,
  ...reportMessages,
  ...resultsMessages,
  ...scenarioMessages,
  ...sensitivityMessages,
  ...solveMessages,
} as const;

/** A key of the catalogue. */
export type MessageKey = keyof typeof CATALOGUE;

/** The parameters of catalogue entry K. */
export type MessageParams<K extends MessageKey> = (typeof CATALOGUE)[K] extends Template<infer P> ? P : never;
