import type { FundHistory } from '../history/types';
import type { Scheme } from '../levers/leverTable';
import type { FundSpec } from '../scenario/scenarioSchema';
import type { DetailedMembers } from './ageDetailedMembers';
import { employeeAssumptions } from './employeeAssumptions';
import { residentAssumptions } from './residentAssumptions';
import type { ResolutionContext } from './resolutionContext';
import { totalsAssumptions } from './totalsAssumptions';
import type { FundAssumptions } from './types';

/** What a scheme's resolver may use besides its spec: the fund's members from the age-detailed projection, its history. */
export interface FundInputs {
  detailed: DetailedMembers | undefined;
  history: FundHistory | undefined;
}

type Resolver<S extends Scheme> = (id: string, spec: Extract<FundSpec, { scheme: S }>, k: number, ctx: ResolutionContext, inputs: FundInputs) => Extract<FundAssumptions, { scheme: S }>;

/** The resolver of each scheme's funds: one entry per scheme of levers/leverTable SCHEMES (tsc asks for a new scheme's). */
const SCHEME_RESOLVERS: { [S in Scheme]: Resolver<S> } = {
  employee: (id, spec, k, ctx, { detailed }) => employeeAssumptions(id, spec, k, ctx, detailed),
  resident: (id, spec, k, ctx, { detailed }) => residentAssumptions(id, spec, k, ctx, detailed),
  totals: (id, spec, k, ctx, { history }) => totalsAssumptions(id, spec, k, ctx, history),
};

/** One fund's arrays, from its scheme's resolver (employeeAssumptions, residentAssumptions, totalsAssumptions). */
export function resolveFund(id: string, spec: FundSpec, k: number, ctx: ResolutionContext, inputs: FundInputs): FundAssumptions {
  // TypeScript cannot correlate spec.scheme with the entry's parameter type; the table's type checks each entry
  return (SCHEME_RESOLVERS[spec.scheme] as Resolver<Scheme>)(id, spec, k, ctx, inputs);
}
