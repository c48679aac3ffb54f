/**
 * The vocabulary shared by flow definitions (data), their implementations (code) and the screens.
 * A definition is a JSON-serialisable XState config; each step state carries a `StepMeta`.
 */

export type FieldKind =
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
  | "auth-code"
  /** One of the devices in the flow's `scan` (its MAC address). */
  | "device"
  /** A label photo the page stored, as a signed token (see lib/cases/photo-token.ts). */
  | "photo";

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

/** Every event the runtime sends has this shape; machines read nothing else. */
export type FlowEvent = {
  type: string;
  /** Validated form input for this step. */
  input: Record<string, unknown>;
  /** Facts the runtime looked up before the event (captcha result, limits, lookups, hashes). */
  facts: Record<string, unknown>;
  /** Fresh random material from the CSPRNG, so machines stay deterministic. */
  fresh: { code: string };
  /** The time of the event (the app clock). */
  now: number;
  /** The revision this event will create; errors set by it carry it so stale errors are not shown. */
  seq: number;
};

export type FlowError = { field?: string; code: string; seq: number; params?: Record<string, string | number> };

/** Side effects a machine asks for; the runtime carries them out in the same transaction. */
export type Effect =
  /** channel "discard": queued and "delivered" to nowhere, so a path that sends nothing costs the same as one that sends. */
  | { kind: "message"; channel: "email" | "sms" | "discard"; to: string; template: string; data: Record<string, unknown>; secret?: string }
  | {
      kind: "createAccount";
      username: string;
      email: string | null;
      phone: string | null;
      country: string;
      passwordHash: string;
      termsVersion: string;
      role?: string;
      status?: string;
      fullName?: string;
    }
  | { kind: "createCompany"; name: string; country: string; phone: string | null; authCode: string | null }
  | { kind: "newsletterOptIn"; wording: string }
  | { kind: "accountConfirmation" }
  | { kind: "resetPassword"; contact: string; passwordHash: string }
  | { kind: "changeContact"; userId: string; channel: "email" | "sms"; target: string }
  /** A login token for the account created in the same step, or for `userId` (a finished sign-in check, which opens `lock`). */
  | { kind: "signIn"; userId?: string; lock?: SignInLockRef }
  /** A wrong sign-in code: counts towards the attempt's lock. */
  | { kind: "signInFailed"; userId: string; lock?: SignInLockRef }
  | { kind: "openCase"; userId: string; device: import("@/lib/devices/sadp-messages").SadpDevice; photoId: string; photoBlurry: boolean }
  | { kind: "trustDevice"; userId: string; tokenHash: string; userAgent?: string; clientAddress?: string; days: number };

export type EffectEvent = { type: "effect"; effect: Effect };

/** A sign-in lock row as a flow carries it (lib/auth/lockout.ts SignInLock). */
export type SignInLockRef = { key: string; kind: "untrusted" | "trusted" };
