import type { z } from "zod";
import type { Queryable } from "@/lib/db/client";
import type { StepPlaceholders } from "./placeholders";
import type { FieldMeta } from "./types";

/**
 * What a flow is, as the engine sees it: one `defineFlow({...})` per flow folder (machines/<flow>/),
 * listed once in the app's registry (machines/registry.ts). The engine never imports a flow; it
 * runs whatever was registered.
 */

type Json = Record<string, unknown>;

/** The facts one event may carry, as a zod object: the runtime checks what the resolver returns against it. */
export type FactsSchema = z.ZodObject;

/** Per event type, the facts the server looks up before sending it. An event not listed gets none. */
export type FactsSchemas = Record<string, FactsSchema>;

export type FactsResolver = (args: { db: Queryable; type: string; input: Json; context: Json; client: string; now: number }) => Promise<Json>;

/**
 * A flow rule checked on the definition's structure: every transition that runs `action` must be
 * guarded by `guard` (e.g. createAccount only behind readyToCreateAccount, which checks that the
 * contact is verified and the terms accepted).
 */
export type Invariant = { action: string; requiresGuard: string; why: string };

/** What a guard reads from an event, and its words in the studio. A guard reading neither decides on the context alone. */
export type Condition = { label: string; facts?: string[]; input?: string[] };

export type Implementations = {
  guards: Record<string, (...args: never[]) => boolean>;
  actions: Record<string, unknown>;
  actors: Record<string, unknown>;
};

/** A field kind a flow brings (a device from its scan, a label photo): how a value is checked and shown. */
export type FieldKindDef = {
  /** The schema a non-empty value must pass; its output is the value the machine gets. */
  schema: (field: FieldMeta, context: Json) => z.ZodType;
  /** The message for an empty required field. */
  required?: string;
  /** Never echoed back into a form or kept in feedback. */
  secret?: boolean;
  /** Extra view data (choices to pick from). */
  options?: (context: Json) => { value: string; label: string; detail: string }[];
};

/**
 * How the studio's Try it answers a fact instead of looking it up: a question put to the editor, its
 * answers, and the fact each answer gives (or, for `sample`, a stand-in value asked of nobody).
 * Attached to the fact's schema with `tryIt(...)`, so the choices come from the facts a flow declares.
 */
export type TryItQuestion = {
  key: string;
  label: string;
  options: Record<string, string>;
  default: string;
  answer: (option: string, at: number, input: Json) => unknown;
};
export type TryItFact = TryItQuestion | { sample: (input: Json) => unknown };

export function tryIt<T extends z.ZodType>(schema: T, how: TryItFact): T {
  return schema.meta({ tryIt: how });
}

export function tryItOf(schema: z.ZodType): TryItFact | undefined {
  const own = schema.meta()?.tryIt as TryItFact | undefined;
  if (own) return own;
  // `fact.optional()` wraps the schema the question was put on.
  const inner = (schema as { unwrap?: () => z.ZodType }).unwrap;
  return typeof inner === "function" ? tryItOf(inner.call(schema)) : undefined;
}

export type FlowSpec = {
  name: string;
  /** The code default, stored as version 1 (a JSON XState config with `meta` on each step). */
  definition: Json;
  guards: Implementations["guards"];
  actions: Implementations["actions"];
  actors?: Implementations["actors"];
  /** The facts each event carries (zod schemas) and how the server looks them up. */
  facts?: { events: FactsSchemas; resolve: FactsResolver };
  /** What each guard reads, so the validator and the studio know where a branch on it can be decided. */
  conditions?: Record<string, Condition>;
  /** Which {placeholders} each step's text may show; the code decides, never the stored definition. */
  placeholders: StepPlaceholders;
  /** Rules every version of this flow must keep, whoever edits it. */
  invariants?: Invariant[];
  /** Started by anyone (registration, recovery); otherwise only by the server for a signed-in account. */
  public: boolean;
  /** Steps the flow studio may put in another order (each group: steps that may swap places). */
  reorderable?: string[][];
  /** Field kinds this flow's steps use beyond the engine's own. */
  fieldKinds?: Record<string, FieldKindDef>;
};

export type FlowEntry = {
  name: string;
  defaultDefinition: Json;
  implementations: Implementations;
  resolveFacts: FactsResolver;
  facts: FactsSchemas;
  /** The facts each event may carry, by name (read from `facts`). */
  eventFacts: Record<string, string[]>;
  conditions: Record<string, Condition>;
  invariants: Invariant[];
  placeholders: StepPlaceholders;
  public: boolean;
  reorderable?: string[][];
  fieldKinds: Record<string, FieldKindDef>;
};

const noFacts: FactsResolver = async () => ({});

export function defineFlow(spec: FlowSpec): FlowEntry {
  const facts = spec.facts?.events ?? {};
  return {
    name: spec.name,
    defaultDefinition: spec.definition,
    implementations: { guards: spec.guards, actions: spec.actions, actors: spec.actors ?? {} },
    resolveFacts: spec.facts?.resolve ?? noFacts,
    facts,
    eventFacts: Object.fromEntries(Object.entries(facts).map(([event, schema]) => [event, Object.keys(schema.shape)])),
    conditions: spec.conditions ?? {},
    invariants: spec.invariants ?? [],
    placeholders: spec.placeholders,
    public: spec.public,
    reorderable: spec.reorderable,
    fieldKinds: spec.fieldKinds ?? {},
  };
}
