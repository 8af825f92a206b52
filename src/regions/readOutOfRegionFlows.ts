import { splitCsvLine } from '../general/splitCsvLine';
import { FundcastError } from '../errors/FundcastError';
import { readInputFile } from '../input/readInputFile';

/** Care of one region's insured bought in another region (异地就医): a share of the residence region's expenditure. */
export interface OutOfRegionShare {
  residence: string;
  /** a region id, or `outside` (outside the province) */
  treatment: string;
  /** share of the residence region's expenditure, 0–1 */
  share: number;
  line: number;
}

/** The treatment "region" of care bought outside the province. */
export const OUTSIDE = 'outside';

/**
 * Reads the out-of-region care table (CSV `residence,treatment,share`, one line per pair): the
 * share of the residence region's fund expenditure paid for care in the treatment region. Both
 * ids must be regions of the table (treatment may be `outside`), the residence must differ from
 * the treatment, shares are 0–1 and a residence's shares add up to at most 1 (the rest is care at
 * home). Errors name the file and line.
 */
export function readOutOfRegionFlows(path: string, shownAs: string, regions: readonly string[]): OutOfRegionShare[] {
  const lines = readInputFile(path, 'out-of-region care table', undefined, shownAs).split(/\r?\n/);
  const header = splitCsvLine(lines[0] ?? '').map((h) => h.trim());
  if (header.join(',') !== 'residence,treatment,share') throw new FundcastError('regions.table.header', { file: shownAs, expected: 'residence,treatment,share', found: header.join(',') });
  const out: OutOfRegionShare[] = [];
  const total = new Map<string, number>();
  const known = new Set(regions);
  lines.slice(1).forEach((raw, k) => {
    if (raw.trim() === '') return;
    const line = k + 2;
    const [residence = '', treatment = '', s = ''] = splitCsvLine(raw).map((c) => c.trim());
    for (const [field, id] of [['residence', residence], ['treatment', treatment]] as const) {
      if (!known.has(id) && !(field === 'treatment' && id === OUTSIDE)) throw new FundcastError('regions.unknownRegion', { file: shownAs, line, field, region: id, known: regions.slice(0, 8).join(', ') + (regions.length > 8 ? ', …' : '') });
    }
    if (residence === treatment) throw new FundcastError('regions.table.column', { file: shownAs, line, column: 'treatment', expected: 'a region other than the residence', found: `'${treatment}'` });
    const share = Number(s);
    if (s === '' || !Number.isFinite(share) || share < 0 || share > 1) throw new FundcastError('regions.table.column', { file: shownAs, line, column: 'share', expected: 'a number 0 … 1', found: s === '' ? 'an empty cell' : `'${s}'` });
    const sum = (total.get(residence) ?? 0) + share;
    if (sum > 1 + 1e-12) throw new FundcastError('regions.flows.share', { file: shownAs, line, region: residence, total: sum });
    total.set(residence, sum);
    out.push({ residence, treatment, share, line });
  });
  return out;
}
