/**
 * The vocabulary shared by flow definitions (data), their implementations (code) and the screens.
 * A definition is a JSON-serialisable XState config; each step state carries a `StepMeta`.
 */

/** The field kinds the engine validates itself; flows register more (see `FieldKindDef` in lib/flows/define.ts). */
export type BuiltinFieldKind =
  | "country"
  | "email"
  | "phone"
  | "captcha"
  | "code"
  | "username"
  | "new-password"
  | "confirm-password"
  | "checkbox"
  | "text"
  | "auth-code";

/** A built-in kind, or one a flow registered (a device from a scan, a label photo). */
export type FieldKind = BuiltinFieldKind | (string & {});

export type FieldMeta = {
  name: string;
  kind: FieldKind;
  label: string;
  hint?: string;
  required?: boolean;
  /** The browser autocomplete token, where the kind alone does not say (name, organization). */
  autoComplete?: string;
  /** Switched off in the studio: not shown, not read (an optional field, like the newsletter box). */
  off?: boolean;
  /** For checkboxes: links shown inside the label, e.g. the terms pages. */
  links?: { label: string; href: string }[];
};

export type ActionMeta = {
  /** The machine event this button sends. */
  event: string;
  label: string;
  /** Secondary actions (Resend, Back) skip field validation. */
  validate?: boolean;
  /** Shown as a quieter button. */
  secondary?: boolean;
  /** For Resend: the button waits until this context timestamp (ms) is in the past. */
  availableAtPath?: string;
  /** Shown (and accepted) only when this context value is set, e.g. a contact the account has. */
  showIfPath?: string;
};

export type StepMeta = {
  step: string;
  title: string;
  /**
   * May hold {placeholders} filled from the flow context, e.g. {target} or {validMinutes}: only those
   * the flow's code allows on this step (see lib/flows/placeholders.ts), as in the button labels.
   */
  description?: string;
  /** A caution shown above the step as a warning when it is not empty; {placeholders} as in the description. */
  warning?: string;
  fields: FieldMeta[];
  submit?: ActionMeta;
  actions?: ActionMeta[];
  links?: { label: string; href: string }[];
  /** Alternative versions of this step shown as tabs (e.g. Email / Mobile Phone Number). */
  tabs?: { current: string; others: { label: string; event: string }[] };
};

/** What the world says when an event is sent: everything in a flow event besides the submission itself. */
export type FlowWorld = {
  /** Facts the runtime looked up before the event (captcha result, limits, lookups, hashes). */
  facts: Record<string, unknown>;
  /** Fresh random material from the CSPRNG, so machines stay deterministic. */
  fresh: { code: string };
  /** The time of the event (the app clock). */
  now: number;
  /** The revision this event will create; errors set by it carry it so stale errors are not shown. */
  seq: number;
};

/** Every event the runtime sends has this shape; machines read nothing else. */
export type FlowEvent = FlowWorld & {
  type: string;
  /** Validated form input for this step. */
  input: Record<string, unknown>;
};

export type FlowError = { field?: string; code: string; seq: number; params?: Record<string, string | number> };

/**
 * A side effect a machine asks for; the runtime has the domain that registered its `kind` carry it
 * out in the same transaction. The engine knows no kinds: each domain declares its own effect types
 * (lib/accounts/effects.ts, lib/cases/effects.ts, ...) and a handler per kind.
 */
export type EffectBase = { kind: string };

/** The event a machine emits for an effect, typed by the effects that machine may ask for. */
export type EffectEvent<E extends EffectBase = EffectBase> = { type: "effect"; effect: E };
