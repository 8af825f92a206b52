import { template } from './template';

/** Messages of src/general/ (helpers every layer may use: package root, CSV lines), keyed by error code. */
export const generalMessages = {
  'general.packageRootNotFound': template<{ starts: readonly string[] }>({
    en: (p) => `Cannot find the fundcast package root (a folder with package.json named "fundcast") above ${p.starts.join(' or ')}`,
    zh: (p) => `在 ${p.starts.join(' 或 ')} 之上找不到 fundcast 包的根目录（含 name 为 "fundcast" 的 package.json）`,
  }),
};
