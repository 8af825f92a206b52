import { CATALOGUE, type MessageKey, type MessageParams } from './catalogue';
import type { Lang, Template } from './template';

/**
 * The text of catalogue entry `key` in `lang`, with its parameters filled in.
 * @example message('attribution.tooManyLevers', { max: 30, n: 31 }, 'zh') // '变化分解最多支持 30 个政策参数，实际 31 个——请合并为较少的改革方案'
 */
export function message<K extends MessageKey>(key: K, params: MessageParams<K>, lang: Lang): string {
  return (CATALOGUE[key] as Template<MessageParams<K>>)[lang](params);
}

/** Both languages of catalogue entry `key`. */
export function messages<K extends MessageKey>(key: K, params: MessageParams<K>): { en: string; zh: string } {
  return { en: message(key, params, 'en'), zh: message(key, params, 'zh') };
}
