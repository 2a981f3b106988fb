// Axis ticks: round steps (1, 2, 5 × 10ⁿ), about five of them, from 0 to at least the largest value.

/** Tick values from 0 up, the last one ≥ max; whole numbers unless `fractional`. */
export function niceTicks(max: number, target = 5, fractional = false): number[] {
  if (!(max > 0)) return [0, 1];
  const raw = max / target;
  const power = 10 ** Math.floor(Math.log10(raw));
  const step = Math.max([1, 2, 5, 10].map((m) => m * power).find((s) => s >= raw)!, fractional ? 0 : 1);
  const ticks: number[] = [];
  for (let v = 0; ; v += step) {
    const rounded = Math.round(v / step) * step;
    ticks.push(Number(rounded.toPrecision(12)));
    if (rounded >= max) break;
  }
  return ticks;
}
