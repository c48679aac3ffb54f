import { createActor, initialTransition, setup, transition, type AnyMachineSnapshot, type AnyStateMachine, type EventObject, type Snapshot } from "xstate";
import type { FlowEntry } from "./define";
import { assertValidDefinition } from "./validate";
import type { EffectBase, EffectEvent, StepMeta } from "./types";

const cache = new Map<string, AnyStateMachine>();

/**
 * Bind a definition (data) to its flow's named implementations. Definitions are immutable once
 * stored, so the built machine is cached by version id.
 */
export function buildMachine(entry: Pick<FlowEntry, "implementations" | "invariants">, definition: Record<string, unknown>, cacheKey?: string): AnyStateMachine {
  const hit = cacheKey ? cache.get(cacheKey) : undefined;
  if (hit) return hit;
  // Placeholders are not checked here: a version stored before that check still runs, and the
  // renderer fills only what the code allows (lib/flows/placeholders.ts).
  assertValidDefinition(definition, entry.implementations, entry.invariants);
  const machine = machineOf(entry.implementations, definition);
  if (cacheKey) cache.set(cacheKey, machine);
  return machine;
}

/** The XState machine of a definition and its named code, unchecked (callers validate first). */
export function machineOf(impl: FlowEntry["implementations"], definition: object): AnyStateMachine {
  // The definition is data whose names were checked against `impl`; XState's typed config cannot say so.
  const named = setup({ guards: impl.guards, actions: impl.actions, actors: impl.actors } as Parameters<typeof setup>[0]);
  return named.createMachine(structuredClone(definition) as never) as unknown as AnyStateMachine;
}

/** The effects among the actions a transition returned (XState's `emit` of an "effect" event). */
function effectsOf<E extends EffectBase>(actions: { type: string; params?: unknown }[]): E[] {
  const out: E[] = [];
  for (const a of actions) {
    const event = a.type === "xstate.emit" ? (a.params as { event?: EffectEvent<E> } | undefined)?.event : undefined;
    if (event?.type === "effect") out.push(event.effect);
  }
  return out;
}

/** The snapshot a machine starts in, and the effects its entry asked for. */
export function initialSnapshot<E extends EffectBase = EffectBase>(machine: AnyStateMachine): { snapshot: AnyMachineSnapshot; effects: E[] } {
  const [snapshot, actions] = initialTransition(machine);
  return { snapshot, effects: effectsOf<E>(actions) };
}

/** A stored (persisted) snapshot brought back onto its machine. */
export function restoreSnapshot(machine: AnyStateMachine, persisted: unknown): AnyMachineSnapshot {
  const snapshot = createActor(machine, { snapshot: persisted as Snapshot<unknown> }).getSnapshot() as AnyMachineSnapshot;
  if (snapshot.status === "error") {
    // A persisted snapshot that no longer fits its machine comes back as an errored actor, not an exception.
    throw new Error(`Flow snapshot could not be restored: ${String(snapshot.error)}`);
  }
  return snapshot;
}

/** A snapshot as plain JSON, to store. */
export function persistSnapshot(machine: AnyStateMachine, snapshot: AnyMachineSnapshot): Record<string, unknown> {
  return machine.getPersistedSnapshot(snapshot) as Record<string, unknown>;
}

export type StepOutcome<E extends EffectBase = EffectBase> =
  /** The machine has no transition for this event here (or every guard said no). */
  | { allowed: false }
  | { allowed: true; snapshot: AnyMachineSnapshot; effects: E[] };

/**
 * One step of any machine the engine runs (a flow, the support case, a Try it run): what the
 * submission (event type and input) leads to, given what the world says (facts, time, fresh
 * material). Pure: nothing is carried out, the effects come back to be applied by the caller.
 */
export function step<E extends EffectBase = EffectBase, W extends object = object>(
  machine: AnyStateMachine,
  snapshot: AnyMachineSnapshot,
  submission: { type: string; input: Record<string, unknown> },
  world: W,
): StepOutcome<E> {
  const event = { ...world, ...submission } as EventObject;
  if (!snapshot.can(event)) return { allowed: false };
  const [next, actions] = transition(machine, snapshot, event);
  if (next.status === "error") throw new Error(`The machine failed on ${event.type}: ${String(next.error)}`);
  return { allowed: true, snapshot: next, effects: effectsOf<E>(actions) };
}

/** The events the machine would accept now, among `types` (what the desk may offer on a case). */
export function availableEvents<W extends object>(snapshot: AnyMachineSnapshot, types: readonly string[], world: W): string[] {
  return types.filter((type) => snapshot.can({ ...world, type, input: {} } as EventObject));
}

/** The step descriptor of the current (atomic) state. */
export function currentStep(snapshot: { getMeta(): Record<string, unknown> }): StepMeta | undefined {
  const metas = Object.values(snapshot.getMeta()) as (StepMeta | undefined)[];
  // Deepest state with a step description wins.
  return metas.reverse().find((m) => m && typeof m.step === "string");
}

export function stateValueString(value: unknown): string {
  if (typeof value === "string") return value;
  if (value && typeof value === "object") {
    return Object.entries(value as Record<string, unknown>)
      .map(([k, v]) => `${k}.${stateValueString(v)}`)
      .join(",");
  }
  return String(value);
}
