/**
 * Number formats of fundcast workbooks (Excel format codes): money with thousands separators and two
 * decimals, months of reserve with one decimal, rates as percentages, ratios with two decimals.
 */
export const EXCEL_FORMATS = {
  money: '#,##0.00',
  months: '0.0',
  rate: '0.00%',
  ratio: '0.00',
  count: '#,##0.00',
  year: '0',
} as const;
