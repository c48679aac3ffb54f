import type { StepMeta } from "./types";

/**
 * "Step 2 of 5", read from a flow definition rather than written per flow. The main path starts at
 * the initial state and follows each step's main button (its `submit` event) to the state it leads
 * to, until a final state. A step off that path (the phone variant of a contact step, say) takes the
 * number of the main-path step its own main buttons reach, minus the steps it took to get there.
 * Final states (the "done" page) are not numbered.
 */

export type Progress = { step: number; of: number };

type StateDef = { type?: string; meta?: Partial<StepMeta>; on?: Record<string, unknown> };
type Definition = { initial?: unknown; states?: Record<string, StateDef> };

/** The state a step's main button leads to: the first transition of its submit event with a target. */
function nextState(states: Record<string, StateDef>, key: string): string | undefined {
  const state = states[key];
  const event = state?.meta?.submit?.event;
  if (!event) return undefined;
  const raw = state.on?.[event];
  const transitions = (Array.isArray(raw) ? raw : [raw]) as unknown[];
  for (const t of transitions) {
    const target = typeof t === "string" ? t : (t as { target?: unknown } | undefined)?.target;
    const name = typeof target === "string" ? target.replace(/^\./, "") : undefined;
    if (name && name !== key && Object.hasOwn(states, name)) return name;
  }
  return undefined;
}

const cache = new WeakMap<object, Map<string, Progress>>();

/** Each numbered step's place, by its `meta.step` name. */
export function stepNumbers(definition: Record<string, unknown>): Map<string, Progress> {
  const hit = cache.get(definition);
  if (hit) return hit;
  const def = definition as Definition;
  const states = def.states ?? {};
  const counted = (key: string) => states[key]?.type !== "final" && typeof states[key]?.meta?.step === "string";

  const main: string[] = [];
  for (let key = typeof def.initial === "string" ? def.initial : undefined; key && counted(key) && !main.includes(key); key = nextState(states, key)) {
    main.push(key);
  }
  const index = new Map<string, number>(main.map((k, i) => [k, i]));
  for (const key of Object.keys(states)) {
    if (index.has(key) || !counted(key)) continue;
    const seen = new Set<string>();
    let hops = 0;
    for (let at: string | undefined = key; at && !seen.has(at); at = nextState(states, at), hops++) {
      seen.add(at);
      const i = index.get(at);
      if (i !== undefined && at !== key) {
        if (i - hops >= 0) index.set(key, i - hops);
        break;
      }
    }
  }

  const numbers = new Map<string, Progress>();
  if (main.length >= 2) {
    for (const [key, i] of index) {
      const name = states[key]?.meta?.step;
      if (typeof name === "string" && !numbers.has(name)) numbers.set(name, { step: i + 1, of: main.length });
    }
  }
  cache.set(definition, numbers);
  return numbers;
}

/** Where a step stands on its flow's main path; undefined for single-step flows and final pages. */
export function progressOf(definition: Record<string, unknown> | undefined, step: string): Progress | undefined {
  return definition ? stepNumbers(definition).get(step) : undefined;
}
