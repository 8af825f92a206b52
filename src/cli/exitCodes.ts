/** Exit codes of `fundcast`: 0 ok, 1 invalid input (scenario or arguments), 2 any other failure. */
export const EXIT = { ok: 0, invalidInput: 1, failure: 2 } as const;

/** Exit code of `fundcast solve` when no value within the bounds meets the target. */
export const EXIT_INFEASIBLE = 3;
