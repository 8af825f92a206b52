/**
 * fundcast — the public API. Everything a notebook, script or other tool should use is listed
 * here, grouped in the order data flows:
 * scenario → validated assumptions → projection → results → tables, charts, reports.
 */

// ---- scenario files: read, merge, validate ------------------------------------------------
export { loadScenario, parseScenario, validateScenario, type LoadedScenario } from './scenario/loadScenario';
export { mergeScenario } from './scenario/mergeScenario';
export { scenarioSchema, type Scenario, type FundSpec, type EmployeeFundSpec, type ResidentFundSpec, type TotalsFundSpec, totalsFundSchema, type PerHeadAmount, type BandSpec } from './scenario/scenarioSchema';
export { scenarioJsonSchema } from './scenario/scenarioJsonSchema';
export { ScenarioError } from './scenario/ScenarioError';
export { FundcastError, relocated, type ErrorArgs, type ErrorPath } from './errors/FundcastError';
export { message, messages } from './messages/message';
export { CATALOGUE, type MessageKey, type MessageParams } from './messages/catalogue';
export { template, type Template } from './messages/template';
export { formatIssue, formatPath, type ScenarioIssue } from './scenario/ScenarioIssue';
export { resolveNumberSeries, resolveEnumSeries, type NumberSeries, type EnumSeries } from './scenario/timeSeries';

// ---- a fund's history (observed years): read, check, show -----------------------------------
export { historySchema, historyYearSchema, historyBasisSchema, type HistorySpec, type HistoryYearSpec, type HistoryBasisSpec } from './scenario/historySchema';
export { resolveHistories, loadHistoryCsv, DEFAULT_HISTORY_CHECKS } from './history/resolveHistory';
export { readHistoryCsv } from './history/readHistoryCsv';
export { checkHistory } from './history/checkHistory';
export { checkReportedFigures, reportedFigureChecks, type ReportedFigureCheck, type ReportedBasisValue } from './history/checkReportedFigures';
export { checkCombinedPools } from './history/checkCombinedPools';
export { historyBaseYear } from './history/historyBaseYear';
export { observedRows } from './history/observedRows';
export { sameBasisSpans, basesAgree } from './history/sameBasisSpans';
export { formatWarning } from './results/formatWarning';
export type { FundHistory, HistoryYear, HistoryBudgetLines, HistoryBasis, HistoryReport, HistoryScope, HistoryMaternity, HistoryCheckSettings, ReportedFigure, ScenarioWarning } from './history/types';

// ---- validated assumptions ----------------------------------------------------------------
export { resolveAssumptions } from './assumptions/resolveAssumptions';
export { listParameters, type ScenarioParameter } from './scenario/listParameters';
export { DEFAULT_BANDS } from './assumptions/defaultBands';
export { growthPath } from './assumptions/growthPath';
export { unitFactor } from './assumptions/unitFactor';
export type { Assumptions, FundAssumptions, EmployeeAssumptions, ResidentAssumptions, TotalsAssumptions, Timeline } from './assumptions/types';

// ---- projection ---------------------------------------------------------------------------
export { runScenario } from './runScenario';
export { project, type ProjectOptions } from './engine/project';
export { projectFund, fundFlows } from './engine/projectFund';
export { employeeFlows } from './engine/employeeFlows';
export { residentFlows } from './engine/residentFlows';
export { totalsFlows } from './engine/totalsFlows';
export { reserveMonths } from './indicators/reserveMonths';
export { classifyBand } from './indicators/classifyBand';
export type { YearFlows } from './engine/YearFlows';

// ---- levers, overlays and attribution ----------------------------------------------------
export { LEVER_TABLE, SHOCK_TABLE, SCHEMES, type LeverEntry, type LeverUse, type LeverKind, type SensitivityDefault, type ShockEntry, type RuleLeverName } from './levers/leverTable';
export { LEVERS, LEVER_NAMES, RULE_LEVER_NAMES, findLever, lookupLever, leverNames, leverArrays, type LeverSpec, type LeverName, type Scheme } from './levers/leverRegistry';
export { LEVER_LABELS, leverLabel } from './levers/leverLabels';
export { moveLever, type LeverMove } from './levers/moveLever';
export { applyLever, type LeverSetting } from './solve/applyLever';
export { combineScenario, isOverlayFile } from './scenario/combineScenario';
export { overlaySchema, type Overlay, type OverlayInfo } from './scenario/overlaySchema';
export { attribute, MAX_LEVERS, MAX_SHAPLEY_LEVERS, type Outcome, type AttributionCore, type LeverContribution } from './attribution/attribute';
export { attributeScenarios, attributeOverlays, type Attribution } from './attribution/attributeChange';
export { scenarioDifferences, applyDifferences, type Difference } from './attribution/scenarioDifferences';
export { outcomeOf } from './attribution/outcomeOf';
export { formatAttribution } from './attribution/formatAttribution';
export { shapleyValues } from './attribution/shapleyValues';
export { reconcile, RECONCILE_OUTCOMES, type Reconciliation, type FundReconciliation, type OutcomeReconciliation, type ReconcileOutcome, type EarlierForecast } from './attribution/reconcile';
export { reconcileCategory, RECONCILE_CATEGORIES, type ReconcileCategory } from './attribution/reconcileCategory';
export { readEarlierForecast } from './attribution/earlierForecast';
export { formatReconciliation, reconciliationCsv, reconciliationLines, RECONCILE_DECIMALS } from './attribution/formatReconciliation';
export { roundedParts } from './attribution/roundedParts';
export { absoluteFiles } from './attribution/absoluteFiles';

// ---- benefit design (claims, schedules, claim-size distributions) -------------------------
export * from './benefits/index';

// ---- calibration and backtests: growth fitted from a fund's own history -----------------
export type { GrowthFit, GrowthMethod } from './calibrate/types';
export { logLinearTrend, logLinearTrendMethod } from './calibrate/logLinearTrend';
export { recentAverageGrowth } from './calibrate/recentAverageGrowth';
export { greyModel } from './calibrate/greyModel';
export { noChange } from './calibrate/noChange';
export type { SeriesHistory, FlowForecast, Forecaster, BacktestItem } from './backtest/types';
export { backtest, historyUpTo, type BacktestResult, type BacktestRow, type BacktestSummary, type RangeSummary, type LeftOutForecaster } from './backtest/backtest';
export { forecastErrors, forecastSkill, type ErrorSummary } from './backtest/forecastErrors';
export { growthForecaster } from './backtest/growthForecaster';
export { NAIVE_BASELINES } from './backtest/naiveBaselines';
export { seriesFromHistory } from './backtest/seriesFromHistory';
export { backtestScenario, backtestForecasters, type FundBacktest } from './backtest/backtestScenario';
export { formatBacktest } from './backtest/formatBacktest';
export { calibrateScenario, type Calibration, type CalibratedParameter, type SkippedParameter } from './calibrate/calibrateScenario';
export { calibrationOverlay, describeFit } from './calibrate/calibrationOverlay';
export { CALIBRATION_METHODS, DEFAULT_CALIBRATION_METHOD } from './calibrate/calibrationMethods';
export { CALIBRATION_TARGETS, type CalibrationTarget } from './calibrate/calibrationTargets';
export { chooseMethod, autoMethod, forecastFromBase, AUTO_CANDIDATES, type MethodChoice, type CandidateScore } from './calibrate/chooseMethod';
export { growthShockModel, horizonVariance, smallSampleFactor, MIN_CHANGES_FOR_RANGE, MIN_CHANGES_FOR_AR1, type GrowthShockModel } from './calibrate/growthShockModel';
export { stochasticBlock, type FittedShock, type FittedStochastic } from './calibrate/stochasticBlock';
export { growthResidualSd } from './calibrate/growthResidualSd';
export { residualCorrelation, MIN_YEARS_FOR_CORRELATION } from './calibrate/residualCorrelation';
export { drift } from './calibrate/drift';
export { dampedTrend, dampedTrendMethod, holtTrend, PHI_GRID } from './calibrate/dampedTrend';
export { displayWidth, padToWidth } from './results/displayWidth';

// ---- money: exact splits to the yuan (every budget line, month and provider share) -------
export { apportion } from './money/apportion';
export { roundToTotal } from './money/roundToTotal';

// ---- next year's fund budget (基金收支预算): official layout, draft, checks ------------------
export { BUDGET_LINES, BUDGET_LINE_IDS, CASE_LINE_IDS, budgetLine, type BudgetLine, type BudgetScheme } from './money/budgetLines';
export { draftBudget, draftBudgets, budgetInputFromHistory, memberCount } from './budget/draftBudget';
export { checkBudget, type BudgetFinding } from './budget/checkBudget';
export { columnArithmetic, type ColumnDiscrepancy } from './money/columnArithmetic';
export { budgetVariance, splitChange, type BudgetVariance, type LineVariance, type VarianceChange } from './budget/budgetVariance';
export { checkBudgetLines } from './history/checkBudgetLines';
export { budgetPrinciples, DEFAULT_SURPLUS_RANGE, type SurplusRange, type PrincipleFinding } from './budget/budgetPrinciples';
export { formatBudget, budgetCsv, budgetLineLabel, BUDGET_SOURCE_LABELS, formatBudgetVariance, budgetVarianceCsv } from './budget/formatBudget';
export { BudgetError } from './budget/BudgetError';
export type { FundBudget, BudgetDraftLine, BudgetSource, BudgetYearInput, BudgetVolume } from './budget/types';
export { budgetFormulas, lineFormulas, BUDGET_FIGURE_COLUMNS, type BudgetFigureColumn, type FormulaLine, type CellAddress } from './budget/budgetFormulas';
export { budgetWorkbook, type BudgetSheetInput, type BudgetWorkbookOptions } from './excel/budgetWorkbook';
export { budgetMonthlyWorkbook, type MonthlyBudgetSheetInput } from './excel/budgetMonthlyWorkbook';
// ---- the current year month by month: seasonal profiles, re-estimate (docs/monthly.md) ----
export { seasonalProfile, type SeasonalProfileOptions } from './monthly/seasonalProfile';
export { defaultSeasonalProfile } from './monthly/defaultSeasonalProfile';
export { DEFAULT_PROFILES, defaultProfileFor, type DefaultProfile } from './monthly/defaultProfiles';
export { cumulativeShares } from './monthly/cumulativeShares';
export { reEstimateLine, type LineReEstimate } from './monthly/reEstimateLine';
export { studentTQuantile } from './monthly/studentTQuantile';
export { MonthlyError } from './monthly/MonthlyError';
export type { SeasonalProfile, DefaultProfileId, MonthlyYear, MonthRecord, MonthlyHistory, MonthlyRules } from './monthly/types';
export { monthlySchema, monthFiguresSchema, monthlyRulesSchema, monthKey, type MonthlySpec, type MonthFiguresSpec } from './scenario/monthlySchema';
export { resolveMonthly, DEFAULT_MONTHLY_RULES } from './monthly/resolveMonthly';
export { checkMonthly } from './monthly/checkMonthly';
export { reEstimateFund, type FundReEstimate, type RangedFigure } from './monthly/reEstimateFund';
export { backtestReEstimate, type ReEstimateBacktest, type ReEstimateBacktestMonth } from './monthly/backtestReEstimate';
export { monthlyLines, lineValue, lineYears } from './monthly/lineYears';
export { monitorFund, type FundMonitor, type ExecutionRow, type LineReference, type ReferenceSource } from './monthly/monitorFund';
export { formatMonitor } from './monthly/formatMonitor';
export { readMonthlyCsv, monthlyTable, monthlyField, type MonthlyTable, type TableRow } from './monthly/readMonthlyCsv';
export { lineProfile } from './monthly/lineProfile';
export { budgetReference, budgetLineOf } from './monthly/budgetReference';
export { monitorScenario, withoutMonthly } from './budget/monitorScenario';
export { budgetByMonth, type MonthlyBudget, type MonthlyBudgetLine, type MonthProfileUsed } from './budget/budgetByMonth';
export { formatBudgetByMonth, budgetByMonthCsv } from './budget/formatBudgetByMonth';
export { profileChartSpec, type ProfileChartRow } from './charts/profileChartSpec';

// ---- results ------------------------------------------------------------------------------
export type { ProjectionResult, FundResult, FundYearRow, ObservedYearRow, Band, BaseYearSummary, ServiceLineRow, CareIndicators } from './results/types';
export { SERVICE_LINE_IDS, type ServiceLineId } from './scenario/serviceLinesSchema';
export { logMeanDecomposition } from './engine/logMeanDecomposition';
export { checkIdentities } from './results/checkIdentities';
export { findNonFinite } from './results/findNonFinite';
export { compareResults, type Comparison, type FundComparison } from './results/compareResults';
export { resultRows, type FlatRow } from './results/resultRows';
export { toCsv } from './results/toCsv';
export { formatTable } from './results/formatTable';
export { terminalTable, wrapText, shortBandLabel, textWidth, TERMINAL_WIDTH, type TerminalColumn } from './results/terminalTable';
export { resultTableHtml, type ResultTableHtmlOptions } from './report/resultTableHtml';
export { formatComparison } from './results/formatComparison';
export { formatNumber, formatYear } from './results/formatNumber';
export { LABELS, label, type Lang } from './results/labels';

// ---- sensitivity and solvers under uncertainty ------------------------------------------
export { sensitivity, type Sensitivity, type TornadoBar, type SetFigures } from './sensitivity/sensitivity';
export { DEFAULT_SENSITIVITY, type SensitivityItem } from './sensitivity/sensitivityItems';
export { parseSensitivityOutput, readOutput, type SensitivityOutput } from './sensitivity/sensitivityOutput';
export { formatSensitivity, outputName } from './sensitivity/formatSensitivity';
export { simulationCharts } from './charts/simulationCharts';
export { solveForRisk, type RiskSolveOptions, type RiskSolveResult } from './solve/solveForRisk';
export { parseRiskTarget, pathFailures, type RiskTarget } from './solve/riskTarget';
export { topUpForRisk, type RiskTopUp } from './solve/topUpForRisk';
export { reserveFanChartSpec } from './charts/reserveFanChartSpec';
export { riskCurveChartSpec } from './charts/riskCurveChartSpec';
export { exhaustionHistogramSpec } from './charts/exhaustionHistogramSpec';
export { tornadoChartSpec } from './charts/tornadoChartSpec';

// ---- Excel workbooks (exceljs, loaded on first use) ----------------------------------------
export { projectionWorkbook, sheetName } from './excel/projectionWorkbook';
export { comparisonWorkbook } from './excel/comparisonWorkbook';
export { inputWorkbook, parameterRows, INPUT_SHEETS, PARAMETER_COLUMNS, type ParameterRow } from './excel/inputWorkbook';
export { readInputWorkbook, importedOverlay, type InputWorkbookContent } from './excel/readInputWorkbook';
export { EXCEL_FORMATS } from './excel/excelFormats';

// ---- charts (Vega-Lite specs, SVG) -------------------------------------------------------
export { reserveChartSpec, balanceChartSpec, reserveComparisonChartSpec, renderSvg, DEFAULT_CHART_FONT, ChartError, type ReserveChartOptions, type BalanceChartOptions, type ReserveComparisonOptions, type VegaLiteSpec } from './charts/index';
export { fanChartSpec, type FanChartOptions, type FanRowLike } from './charts/index';
export { projectionCharts, renderPng, chartFiles, findCjkFonts, type NamedChart, type ProjectionChartsOptions, type RenderPngOptions } from './charts/index';

// ---- report (self-contained HTML, PDF through Debian's chromium) -------------------------
export { reportHtml, defaultReportLang } from './report/reportHtml';
export { printPdf } from './report/printPdf';
export { fansFromSimulation } from './report/fansFromSimulation';
export { sensitivityForReport } from './report/sensitivityForReport';
export { budgetForReport } from './report/budgetForReport';
export { assumptionRows, type AssumptionRow } from './report/assumptionRows';
export { REPORT_LABELS, reportLabel } from './report/reportLabels';
export { ReportError } from './report/ReportError';
export type { ReportInput, ReportText, ReportHistory, ReportFan, ReportSensitivity, ReportBudget } from './report/reportTypes';

// ---- solvers ------------------------------------------------------------------------------
export { solveLever, SOLVE_TOLERANCE, requiredTopUp, verdict, verdictSummary, formatVerdict, formatSolveResult, solveResultJson, parseTargetSpec, describeTarget, phasedPath, applyLeverPath, currentLeverValue, findBoundary, refineBracket, targetConstraints, projectOneFund, SolveError } from './solve/index';
export type { SolveTarget, SolveOptions, SolveResult, SolveSuccess, SolveFailure, SolveFailureReason, LeverYearValue, Bilingual, TopUpOptions, TopUpResult, Verdict, VerdictStatus, VerdictTopUp, YearMonths, Boundary, Bracket, TargetConstraint } from './solve/index';

// ---- uncertainty: stochastic assumptions and Monte Carlo (docs/stochastic.md) -------------
export { simulate, simulatePaths, simulatePartial, simulationPlan, createSimulationPool, SimulateOptionError, DEFAULT_PATHS, DEFAULT_SEED, EXACT_PATHS, type SimulateOptions, type SimulationPool, type SimulationPlan } from './montecarlo/simulate';
export { emptyPartialSummary, mergePartialSummary, type PartialSummary } from './montecarlo/partialSummary';
export { type QuantileGrids } from './montecarlo/quantileGrid';
export { pilotGrids, summarizeRange, PILOT_PATHS } from './montecarlo/summarizeRange';
export { summarizePartial } from './montecarlo/summarizePartial';
export { runPaths, emptyPathBlock, DEFAULT_FLOOR_MONTHS } from './montecarlo/runPaths';
export { kernelModel } from './montecarlo/kernelModel';
export { summarizePaths, quantileKey, DEFAULT_QUANTILES, type SimulationResult, type SimulationFund, type SimulationYearRow, type YearDistribution, type Quantiles } from './montecarlo/summarizePaths';
export { formatSimulation } from './montecarlo/formatSimulation';
export { quantile } from './montecarlo/quantile';
export type { PathBlock, FundPaths, PathOptions, KernelModel } from './montecarlo/types';
export { ShockDrawer, triangularQuantile } from './stochastic/drawShocks';
export { shockedAssumptions } from './stochastic/shockedAssumptions';
export { applyShock } from './stochastic/applyShock';
export { streamKey, pathGenerator, NormalStream } from './stochastic/randomStreams';
export { normalQuantile } from './stochastic/normalQuantile';
export { cholesky } from './stochastic/cholesky';
export { SHOCK_TARGETS, type ShockTarget } from './levers/leverRegistry';
export { stochasticSchema, type StochasticSpec, type ShockProcessSpec } from './scenario/stochasticSchema';
export type { StochasticModel, ResolvedShock, ResolvedTarget, ShockDistribution } from './stochastic/types';

// ---- population and membership (age-detailed mode) ----------------------------------------
export * from './demography/index';
export type { ProjectionInput as PopulationProjectionInput, ProjectionResult as PopulationProjection } from './demography/index';
export * from './membership/index';
export { pyramidChartSpec, pyramidMaxCount, type PyramidChartOptions, type PyramidRowLike } from './charts/pyramidChartSpec';
export { dependencyChartSpec, type DependencyChartOptions, type DependencyMeasure, type DependencyRowLike } from './charts/dependencyChartSpec';

// ---- output files (every command that writes files goes through writeOutputs) -------------
export { writeOutputs, writeOutputFile, type WriteOutputsOptions, type WriteOutputsResult } from './output/writeOutputs';
export { OUTPUT_MANIFEST } from './output/outputManifest';
export { OutputError } from './output/OutputError';

// ---- many pooling regions: roll-up, pooling rules, ranking (docs/regions.md) --------------
export { regionsFileSchema, type RegionsFile } from './regions/regionsFileSchema';
export { loadRegions, regionScenarioDocument, type RegionSet } from './regions/loadRegions';
export { readRegionTable, type RegionRow } from './regions/readRegionTable';
export { readOutOfRegionFlows, OUTSIDE, type OutOfRegionShare } from './regions/readOutOfRegionFlows';
export { projectRegions, type RegionsProjection, type RuleOutcome, type ProjectRegionsOptions } from './regions/projectRegions';
export { regionFlows } from './regions/regionFlows';
export { poolRegions, type PoolOptions } from './regions/poolRegions';
export { poolingRules } from './regions/poolingRules';
export { rollUp, type ProvinceYear } from './regions/rollUp';
export { regionRisk, type RegionRisk } from './regions/regionRisk';
export { rankRegions, type RankedRegion } from './regions/rankRegions';
export { outOfRegionCare, type OutOfRegionYear } from './regions/outOfRegionCare';
export { transferLines, TRANSFER_LINES, type TransferLine, type TransferLineSpec } from './regions/transferLines';
export { regionsCsv } from './regions/regionsCsv';
export { formatRegions } from './regions/formatRegions';
export { POOLING_RULES, type PoolingRuleId, type PoolingRule, type AdjustmentFundRule, type RegionFlows, type PooledRegion, type PooledUpperFund, type PoolingResult } from './regions/types';

// ---- batch runs: shards and merge (docs/batch.md) --------------------------------------------
export { batchManifestSchema, loadBatchManifest, type BatchJob } from './batch/batchManifest';
export { shardSpec, shardUnits, SHARD_INDEX_VARIABLES, type ShardSpec } from './batch/shardSpec';
export { runShard, partialFileName, scenarioInfo, type ScenarioInfo } from './batch/runShard';
export { prepareRegions, regionPathOutcomes, scenarioSeed, type PreparedRegions } from './batch/regionPathOutcomes';
export { encodeOutcomes, decodeOutcomes, emptyOutcomes, OUTCOME_COLUMNS, PARTIAL_FORMAT, MERGED_FORMAT, type OutcomeColumns } from './batch/partialFormat';
export { mergePartials, type MergedJob } from './batch/mergePartials';
export { summarizeOutcomes, batchSummaryFiles, type OutcomeSummary, type BatchSummary } from './batch/summarizeOutcomes';
