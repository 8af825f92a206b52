import { template } from './template';

/** Messages of src/cli/ (error texts), keyed by error code. */
export const cliMessages = {
  'cli.internalCheckFailed': template<{ broken: readonly string[] }>({
    en: (p) => `internal check failed (please report): ${p.broken.join('; ')}`,
    zh: (p) => `内部核对未通过（请报告此问题）：${p.broken.join('；')}`,
  }),
  // ---- argument errors (exit 1): our own checks ----
  'cli.args.step': template<{ value: string }>({
    en: (p) => `--step must be a whole number ≥ 1, found '${p.value}'`,
    zh: (p) => `--step 须为不小于 1 的整数，实际为 '${p.value}'`,
  }),
  'cli.args.year': template<{ value: string }>({
    en: (p) => `--year must be a calendar year, found '${p.value}'`,
    zh: (p) => `--year 须为日历年份，实际为 '${p.value}'`,
  }),
  'cli.args.months': template<{ option: string; value: string }>({
    en: (p) => `${p.option} must be a number of months, found '${p.value}'`,
    zh: (p) => `${p.option} 须为月数，实际为 '${p.value}'`,
  }),
  'cli.args.number': template<{ option: string; value: string; rule: { en: string; zh: string } }>({
    en: (p) => `${p.option} must be ${p.rule.en}, found '${p.value}'`,
    zh: (p) => `${p.option} 须为${p.rule.zh}，实际为 '${p.value}'`,
  }),
  'cli.args.option': template<{ option: string; value: string; reason: { en: string; zh: string } }>({
    en: (p) => `${p.option} ${p.value}: ${p.reason.en}`,
    zh: (p) => `${p.option} ${p.value}：${p.reason.zh}`,
  }),
  // ---- argument errors found by the command-line parser (Commander), in both languages ----
  'cli.args.unknownCommand': template<{ name: string; suggestion?: string }>({
    en: (p) => `unknown command '${p.name}'${p.suggestion ? ` (did you mean ${p.suggestion}?)` : ''}; see fundcast --help`,
    zh: (p) => `未知命令 '${p.name}'${p.suggestion ? `（是否应为 ${p.suggestion}？）` : ''}；见 fundcast --help`,
  }),
  'cli.args.unknownOption': template<{ name: string; suggestion?: string }>({
    en: (p) => `unknown option '${p.name}'${p.suggestion ? ` (did you mean ${p.suggestion}?)` : ''}`,
    zh: (p) => `未知选项 '${p.name}'${p.suggestion ? `（是否应为 ${p.suggestion}？）` : ''}`,
  }),
  'cli.args.missingArgument': template<{ name: string }>({
    en: (p) => `missing required argument '${p.name}'`,
    zh: (p) => `缺少必需参数 '${p.name}'`,
  }),
  'cli.args.optionMissingValue': template<{ option: string }>({
    en: (p) => `option '${p.option}' needs a value`,
    zh: (p) => `选项 '${p.option}' 缺少取值`,
  }),
  'cli.args.missingOption': template<{ option: string }>({
    en: (p) => `required option '${p.option}' not specified`,
    zh: (p) => `未给出必需选项 '${p.option}'`,
  }),
  'cli.args.invalidChoice': template<{ option: string; value: string; choices: readonly string[] }>({
    en: (p) => `option '${p.option}': '${p.value}' is not allowed; choose one of ${p.choices.join(', ')}`,
    zh: (p) => `选项 '${p.option}' 的取值 '${p.value}' 无效；可选：${p.choices.join('、')}`,
  }),
  'cli.args.tooMany': template<{ expected: number; found: number }>({
    en: (p) => `too many arguments: expected ${p.expected}, found ${p.found}`,
    zh: (p) => `参数过多：应为 ${p.expected} 个，实际 ${p.found} 个`,
  }),
  'cli.args.other': template<{ text: string }>({
    en: (p) => p.text,
    zh: (p) => `命令行参数错误：${p.text}`,
  }),
};
