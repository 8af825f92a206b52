/**
 * Solvers and sustainability verdicts: the lever value that meets a reserve target, the treasury
 * top-up that keeps a floor, and a plain-language verdict on a projected fund.
 */
export { solveLever, SOLVE_TOLERANCE } from './solveLever';
export { requiredTopUp, type TopUpOptions, type TopUpResult } from './requiredTopUp';
export { verdict, type Verdict, type VerdictStatus, type VerdictTopUp, type YearMonths } from './verdict';
export { verdictSummary } from './verdictSummary';
export { formatVerdict } from './formatVerdict';
export { parseTargetSpec } from './parseTargetSpec';
export { describeTarget } from './describeTarget';
export { formatSolveResult } from './formatSolveResult';
export { solveResultJson } from './solveResultJson';
export { phasedPath } from './phasedPath';
export { applyLeverPath } from './applyLeverPath';
export { currentLeverValue } from './currentLeverValue';
export { findBoundary, type Boundary } from './findBoundary';
export { refineBracket, type Bracket } from './refineBracket';
export { targetConstraints, type TargetConstraint } from './targetConstraints';
export { projectOneFund } from './projectOneFund';
export { SolveError } from './SolveError';
export type { SolveTarget, SolveOptions, SolveResult, SolveSuccess, SolveFailure, SolveFailureReason, LeverYearValue, Bilingual } from './types';
