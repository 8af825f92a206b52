import { z } from 'zod';

/**
 * A reform overlay (after OpenFisca/PolicyEngine reforms): a named, sourced set of changes that
 * can be applied on top of any scenario, alone or combined with others in a stated order.
 *
 *   fundcast_overlay: 1
 *   id: employer-rate-cut-1pt
 *   name: …            name_zh: …
 *   rationale: one paragraph: what the reform is and why one would test it
 *   source: the document or plan it comes from
 *   changes: { …a partial scenario, merged by the `extends` rule; `adjustments` accumulate;
 *              no `extends` or `overlays` (an error: they would never be followed)… }
 */
export const overlaySchema = z.strictObject({
  fundcast_overlay: z.literal(1),
  id: z.string().regex(/^[a-z0-9][a-z0-9._-]*$/, { error: 'a lower-case identifier (letters, digits, . _ -)' }),
  name: z.string().min(1),
  name_zh: z.string().min(1).optional(),
  rationale: z.string().min(1),
  source: z.string().min(1),
  changes: z.record(z.string(), z.unknown()).superRefine((changes, ctx) => {
    // an overlay's changes are merged onto a scenario already resolved: a file reference there
    // would be accepted and never followed (the result would still list the overlay as applied)
    for (const key of ['extends', 'overlays'] as const) {
      if (Object.hasOwn(changes, key)) {
        ctx.addIssue({
          code: 'custom',
          path: [key],
          message: `an overlay's changes cannot contain '${key}': list overlays in the scenario (overlays: […]) or on the command line (--with)`,
          params: { zh: `改革方案的 changes 中不能包含 '${key}'：请在情景的 overlays 列表或命令行 --with 中列出改革方案`, expected: 'scenario values only', found: key },
        });
      }
    }
  }),
});

/**
 * A reform overlay file (`fundcast_overlay: 1`): a named change with its rationale and source,
 * applied on top of a scenario.
 */
export type Overlay = z.infer<typeof overlaySchema>;

/** What a result records of each overlay applied. */
export interface OverlayInfo {
  id: string;
  name: string;
  nameZh: string | null;
  file: string;
}
