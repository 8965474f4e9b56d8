/** Order statistics for the benchmarks' figures (NaN values, runs that measured nothing, are left out). */
export function quantile(values: number[], q: number): number {
  const v = values.filter((x) => !Number.isNaN(x)).sort((a, b) => a - b);
  if (!v.length) return NaN;
  const i = (v.length - 1) * q;
  const lo = Math.floor(i);
  return v[lo]! + (v[Math.ceil(i)]! - v[lo]!) * (i - lo);
}
export const median = (v: number[]) => quantile(v, 0.5);
export const p95 = (v: number[]) => quantile(v, 0.95);
