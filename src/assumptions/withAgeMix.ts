/** Per-head spending × the status's age-mix index: s(t)·A(t), A(base year) = 1 (unchanged without an index). */
export function withAgeMix(spend: Float64Array, index: Float64Array | undefined): Float64Array {
  return index ? spend.map((v, i) => v * index[i]) : spend;
}
