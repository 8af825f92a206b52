/**
 * What a scheme model produces for one year before interest: income and expenditure by item
 * (money), memo flows outside the fund, members by status and the dependency ratio.
 */
export interface YearFlows {
  income: Record<string, number>;
  expenditure: Record<string, number>;
  memo: Record<string, number>;
  members: Record<string, number>;
  dependencyRatio: number | null;
}
