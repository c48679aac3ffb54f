import type { Tx } from "@/lib/db/client";
import type { FieldKindDef, FlowEntry } from "./define";
import type { EffectBase } from "./types";

export type { FactsResolver, FlowEntry, Implementations } from "./define";

/**
 * The flows, effect handlers and field kinds the app registered (machines/registry.ts does it once
 * per process). The engine reads only these: it imports no flow and no domain.
 *
 * Kept on globalThis so that every server bundle of one process (Next.js compiles the boot hook
 * and the routes separately) sees what the boot registered.
 */

/** What a step produced that its caller needs (the account signed in, the case opened). */
export type EffectOutcome = { userId?: string; email?: string; loginToken?: string; caseId?: string; queuedMessages: number };

export type EffectContext = {
  /** Unique per flow revision and effect: a retried transaction cannot do the same thing twice. */
  key: string;
  /** Filled in by the effects before (an account created earlier in the same step). */
  outcome: EffectOutcome;
  /** The language of the person who started the flow (en | de | es), when known: its messages use it. */
  locale?: string;
  /** The account the flow is about (flows started for a signed-in account). */
  subject?: string;
};

export type EffectHandler<E extends EffectBase> = (tx: Tx, effect: E, ctx: EffectContext) => Promise<void>;

/** One handler per kind of the domain's effect union, each typed by its own kind. */
export type EffectHandlers<E extends EffectBase> = { [K in E["kind"]]: EffectHandler<Extract<E, { kind: K }>> };

type Store = {
  flows: Record<string, FlowEntry>;
  effects: Record<string, EffectHandler<EffectBase>>;
  fieldKinds: Record<string, FieldKindDef>;
};

const holder = globalThis as { __gatehouseFlowEngine?: Store };
const store: Store = (holder.__gatehouseFlowEngine ??= { flows: {}, effects: {}, fieldKinds: {} });

/** Every registered flow by name. */
export const flows: Readonly<Record<string, FlowEntry>> = store.flows;

export function registerFlows(list: readonly FlowEntry[]): void {
  for (const entry of list) {
    store.flows[entry.name] = entry;
    Object.assign(store.fieldKinds, entry.fieldKinds);
  }
}

/** A domain's handlers for the effects it owns (typed by the domain's own effect union). */
export function registerEffects<E extends EffectBase>(handlers: EffectHandlers<E>): void {
  // Each handler is called only with an effect of its own kind (see applyEffects).
  Object.assign(store.effects, handlers as unknown as Record<string, EffectHandler<EffectBase>>);
}

export function effectHandler(kind: string): EffectHandler<EffectBase> | undefined {
  return Object.hasOwn(store.effects, kind) ? store.effects[kind] : undefined;
}

export function fieldKind(kind: string): FieldKindDef | undefined {
  return Object.hasOwn(store.fieldKinds, kind) ? store.fieldKinds[kind] : undefined;
}

export function flowEntry(name: string): FlowEntry | undefined {
  return Object.hasOwn(store.flows, name) ? store.flows[name] : undefined;
}
