import type { CommandEntry } from './commandTypes';

export type { CliIo, CommandContext, CommandEntry, CommandModule } from './commandTypes';

/**
 * Every `fundcast` command. A new command is one file in src/cli/commands/ and one line here;
 * `main` loads only the module of the command it runs, so `fundcast --help` and `fundcast run`
 * never load the code (and the libraries) of the other commands.
 */
export const COMMANDS: readonly CommandEntry[] = [
  { name: 'run', usage: '[options] <scenario>', summary: 'project a scenario / 运行情景预测', load: () => import('./commands/run') },
  { name: 'validate', usage: '<scenario> [--strict]', summary: 'check a scenario file without projecting / 校验情景文件', load: () => import('./commands/validate') },
  { name: 'budget', usage: '[options] <scenario>', summary: 'draft next year\'s fund budget in the official layout, checked / 编制下一年度基金收支预算', load: () => import('./commands/budget') },
  { name: 'compare', usage: '[options] <a> <b...>', summary: 'compare two scenarios side by side / 比较两个情景', load: () => import('./commands/compare') },
  { name: 'attribute', usage: '[options] <base> <b...>', summary: 'split the difference between two scenarios among the levers that make it / 分解两个情景之差', load: () => import('./commands/attribute') },
  { name: 'reconcile', usage: '[options] <earlier> <scenario>', summary: 'how the key outcomes moved since an earlier forecast: new data, assumptions, method / 与较早预测对账：新数据、假设、方法各自的影响', load: () => import('./commands/reconcile') },
  { name: 'solve', usage: '[options] <scenario>', summary: 'find the lever value that meets a reserve target / 求解满足结余目标的政策参数', load: () => import('./commands/solve') },
  { name: 'verdict', usage: '[options] <scenario>', summary: 'is the fund sustainable? first deficit, exhaustion, reserve bands / 基金可持续性结论', load: () => import('./commands/verdict') },
  { name: 'simulate', usage: '[options] <scenario>', summary: 'Monte Carlo: quantiles and probabilities of deficit and exhaustion / 蒙特卡洛模拟：分位数与赤字、穿底概率', load: () => import('./commands/simulate') },
  { name: 'report', usage: '[options] <scenario>', summary: 'write the report: one self-contained HTML file (and PDF) / 生成报告（独立 HTML 文件及 PDF）', load: () => import('./commands/report') },
  { name: 'chart', usage: '[options] <scenario>', summary: 'write every chart as SVG and PNG / 输出全部图表（SVG 与 PNG）', load: () => import('./commands/chart') },
  { name: 'calibrate', usage: '[options] <scenario>', summary: 'fit growth assumptions to the funds\' history, as an overlay / 按历史数据校准增长假设', load: () => import('./commands/calibrate') },
  { name: 'backtest', usage: '[options] <scenario>', summary: 'how good would the forecasts have been? rolling-origin errors vs naive baselines / 回测预测误差', load: () => import('./commands/backtest') },
  { name: 'monitor', usage: '[options] <scenario>', summary: 'the current year month by month: re-estimate, execution and warnings / 年度内按月分析：全年预计、执行进度与风险预警', load: () => import('./commands/monitor') },
  { name: 'template', usage: '<scenario> --out <book.xlsx>', summary: 'write an Excel input workbook (history and parameters) / 生成 Excel 数据录入模板', load: () => import('./commands/template') },
  { name: 'import', usage: '<book.xlsx> --out <dir>', summary: 'read an Excel input workbook into history.csv and parameters.yaml / 导入 Excel 数据', load: () => import('./commands/import') },
  { name: 'sensitivity', usage: '[options] <scenario>', summary: 'low/intermediate/high assumption sets and a tornado of one fund / 敏感性分析', load: () => import('./commands/sensitivity') },
  { name: 'solve-risk', usage: '[options] <scenario>', summary: 'the lever value that keeps the risk of failure below P (Monte Carlo) / 按风险概率求解政策参数', load: () => import('./commands/solveRisk') },
  { name: 'regions', usage: '[options] <file>', summary: 'many pooling regions: roll-up, pooling rules compared, ranking by risk / 多统筹区：汇总、统筹模式比较与风险排序', load: () => import('./commands/regions') },
  { name: 'batch', usage: '<manifest> --shard i/N --out <dir>', summary: 'compute one shard of a batch job (regions × scenarios × paths) as an Arrow file / 计算批处理任务的一个分片', load: () => import('./commands/batch') },
  { name: 'merge', usage: '<partials...> --out <dir>', summary: 'merge the shards of a batch job into the single-run result / 合并批处理分片', load: () => import('./commands/merge') },
  { name: 'schema', usage: '[options]', summary: 'print the JSON Schema of scenario files (for editors) / 输出情景文件的 JSON Schema', load: () => import('./commands/schema') },
];
