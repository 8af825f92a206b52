import { z } from 'zod';
import { paramMeta } from './paramMeta';
import { numberSeries } from './timeSeries';

/**
 * The service lines of benefit spending (费用类别), in the order results list them:
 * inpatient (住院), general outpatient pooled (普通门诊统筹), chronic and special outpatient (门诊慢特病),
 * pharmacy (药品, retail and designated pharmacies), referred out of the region (异地就医),
 * the critical-illness purchase (大病保险, employee funds that buy it from benefits) and other.
 */
export const SERVICE_LINE_IDS = ['inpatient', 'general_outpatient', 'chronic_outpatient', 'pharmacy', 'out_of_region', 'critical_illness', 'other'] as const;

/** The id of one service line (SERVICE_LINE_IDS). */
export type ServiceLineId = (typeof SERVICE_LINE_IDS)[number];

const meta = paramMeta;
const growthSeries = (description: string) =>
  numberSeries(z.number().gt(-1).max(1)).meta(meta('annual growth rate (0.03 = 3%); compounded over the horizon it must stay within a factor 10⁻⁶ … 10⁶', description));
const shareValue = () => z.number().min(0).max(1);
const useValue = () => z.number().gt(0).max(1000);

function lineSchema<T extends z.ZodType>(byStatus: (value: () => z.ZodNumber) => T) {
  return z
    .strictObject({
      share: byStatus(shareValue).meta(meta('share of base-year benefit spending per head (0–1)', "The line's share of the base-year benefit spending per head; the shares of a fund's lines sum to 1 (per status in an employee fund).")),
      use: byStatus(useValue)
        .optional()
        .meta(meta('cases per member per year', 'Utilisation in the base year: admissions (住院人次) or visits (门诊人次) per member; with it the results give cases and cost per case.')),
      use_growth: growthSeries('Growth of utilisation (cases per member) from the year before; default 0 (aging acts through the age-mix index).').optional(),
      price_growth: growthSeries("Growth of the cost per case from the year before; default: the fund's spending growth of each status.").optional(),
    })
    .meta(meta('service line', 'One service line: utilisation × cost per case, each with its own growth.'));
}

const scalar = (value: () => z.ZodNumber) => value();
const employeeValue = (value: () => z.ZodNumber) => z.union([value(), z.strictObject({ actives: value(), retirees: value() })]);

function linesSchema<T extends z.ZodType>(line: T) {
  return z
    .strictObject({
      source: z.string().min(1).optional().meta(meta('text', 'Where the base-year split comes from (the fund’s own settlement data, a bulletin).')),
      lines: z.strictObject(Object.fromEntries(SERVICE_LINE_IDS.map((id) => [id, line.optional()])) as Record<ServiceLineId, z.ZodOptional<T>>),
    })
    .meta(meta('service lines', 'Benefit spending split into service lines (docs/service-lines.md); absent: spending is one per-head amount.'));
}

/** `service_lines` of an employee fund: each line's share and use as one number or per status {actives, retirees}. */
export const employeeServiceLinesSchema = linesSchema(lineSchema(employeeValue));
/** `service_lines` of a resident fund: each line's share and use per insured resident. */
export const residentServiceLinesSchema = linesSchema(lineSchema(scalar));

/** `service_lines` of an employee fund, as written. */
export type EmployeeServiceLinesSpec = z.infer<typeof employeeServiceLinesSchema>;
/** `service_lines` of a resident fund, as written. */
export type ResidentServiceLinesSpec = z.infer<typeof residentServiceLinesSchema>;
/** One service line as written (employee form; a resident line is the same with plain numbers). */
export type ServiceLineSpec = NonNullable<EmployeeServiceLinesSpec['lines'][ServiceLineId]>;
