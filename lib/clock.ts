/**
 * The app's notion of "now". Tests that need expiry move it forward with `advanceClock`
 * (exposed over HTTP only when TEST_CLOCK=1), so code never reads Date.now() directly.
 */
const key = Symbol.for("gatehouse.clockOffset");
type G = typeof globalThis & { [key]?: number };

export function now(): number {
  return Date.now() + ((globalThis as G)[key] ?? 0);
}

export function advanceClock(ms: number): number {
  const g = globalThis as G;
  g[key] = (g[key] ?? 0) + ms;
  return g[key]!;
}

export function resetClock(): void {
  (globalThis as G)[key] = 0;
}
