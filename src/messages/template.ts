/** The languages every message is written in. */
export type Lang = 'en' | 'zh';

/**
 * One entry of the message catalogue: the same sentence in English and in Chinese, each a function
 * of the same typed parameters (the data of the message: values, names, lists — never pre-rendered
 * text in one language, so that a list is joined with ", " in English and "、" in Chinese).
 */
export interface Template<P> {
  /** the sentence in English */
  en: (p: P) => string;
  /** the sentence in Chinese */
  zh: (p: P) => string;
}

/** Declares a catalogue entry with its parameter type: `template<{ year: number }>({ en: (p) => …, zh: (p) => … })`. */
export function template<P extends object = {}>(t: Template<P>): Template<P> {
  return t;
}
