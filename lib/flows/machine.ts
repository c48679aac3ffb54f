import { createActor, setup, type AnyStateMachine, type Snapshot } from "xstate";
import type { FlowEntry } from "./registry";
import { assertValidDefinition } from "./validate";
import type { EffectEvent, StepMeta } from "./types";

const cache = new Map<string, AnyStateMachine>();

/**
 * Bind a definition (data) to its flow's named implementations. Definitions are immutable once
 * stored, so the built machine is cached by version id.
 */
export function buildMachine(entry: FlowEntry, definition: Record<string, unknown>, cacheKey?: string): AnyStateMachine {
  const hit = cacheKey ? cache.get(cacheKey) : undefined;
  if (hit) return hit;
  // Placeholders are not checked here: a version stored before that check still runs, and the
  // renderer fills only what the code allows (lib/flows/placeholders.ts).
  assertValidDefinition(definition, entry.implementations, entry.invariants);
  const machine = setup({
    guards: entry.implementations.guards as never,
    actions: entry.implementations.actions as never,
    actors: entry.implementations.actors as never,
  }).createMachine(structuredClone(definition) as never) as unknown as AnyStateMachine;
  if (cacheKey) cache.set(cacheKey, machine);
  return machine;
}

/** Start or restore an actor and collect the effects it emits. */
export function runActor(machine: AnyStateMachine, persisted?: unknown) {
  const effects: EffectEvent["effect"][] = [];
  const actor = createActor(machine, persisted ? { snapshot: persisted as Snapshot<unknown> } : undefined);
  actor.on("effect", (e: EffectEvent) => effects.push(e.effect));
  actor.start();
  const snapshot = actor.getSnapshot();
  if (snapshot.status === "error") {
    // A persisted snapshot that no longer fits its machine comes back as an errored actor, not an exception.
    throw new Error(`Flow snapshot could not be restored: ${String(snapshot.error)}`);
  }
  return { actor, effects };
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
