import { maskContact } from "@/lib/phone";
import { utcMinute } from "@/lib/format";

/**
 * `{placeholders}` in step text (help text, button labels), filled from the flow's context when the
 * step is shown. Step text is edited in the flow studio, and the context holds things nobody may
 * see (code hashes, the account's full email and phone, device tokens), so a placeholder is filled
 * only when the flow's code allows it on that step: each flow declares, next to its definition,
 * which placeholders each step (by `meta.step`) may show. Anything else stays as typed, and the
 * validator refuses it before a draft is published.
 */

/** Which placeholders each step may show, by the step's `meta.step`. A step not listed shows none. */
export type StepPlaceholders = Record<string, readonly string[]>;

type Context = Record<string, unknown>;

/** The text form of a placeholder: `{name}` or `{a.path}`. The renderer and the validator both use it. */
export const PLACEHOLDER = /\{([\w.]+)\}/g;

/** Every placeholder in a text, in order, without repeats. */
export function placeholdersIn(text: string): string[] {
  return [...new Set([...text.matchAll(PLACEHOLDER)].map((m) => m[1]))];
}

function getPath(obj: unknown, path: string): unknown {
  return path.split(".").reduce<unknown>((o, k) => (o && typeof o === "object" && Object.hasOwn(o, k) ? (o as Record<string, unknown>)[k] : undefined), obj);
}

/**
 * The contact the flow sends codes to, as a person may see it: in full when they typed it in this
 * flow (registration, recovery, a new contact), masked when it is the account's own email or phone
 * (the sign-in check, reached with a password alone) until the code has proved they hold it.
 */
export function visibleTarget(context: Context): string | undefined {
  const target = (context.contact as { target?: unknown } | undefined)?.target;
  if (typeof target !== "string") return undefined;
  const account = (context.account ?? {}) as { email?: unknown; phone?: unknown };
  const accountsOwn = target === account.email || target === account.phone;
  return accountsOwn && context.contactVerified !== true ? maskContact(target) : target;
}

const validMinutes = (context: Context) => Math.round(Number((context.settings as Context | undefined)?.codeValidMs ?? 0) / 60_000);

/** Values computed by the engine; any other allowed name is a path in the flow's context. */
const named: Record<string, (context: Context) => unknown> = {
  target: visibleTarget,
  maskedTarget: (context) => {
    const target = (context.contact as { target?: unknown } | undefined)?.target;
    return typeof target === "string" ? maskContact(target) : undefined;
  },
  validMinutes,
  /** "14:32 UTC (in 10 minutes)": the date part is left out, a code lasts minutes. */
  codeExpiresAt: (context) => {
    const expiresAt = (context.verification as { expiresAt?: unknown } | undefined)?.expiresAt;
    return typeof expiresAt === "number" ? `${utcMinute(expiresAt).slice(11)} (in ${validMinutes(context)} minutes)` : undefined;
  },
};

/**
 * Fill the placeholders `allowed` names; any other `{...}` stays as written, so a step can never
 * show a context value its code did not allow, whatever its stored text says.
 */
export function fillPlaceholders(text: string | undefined, context: Context, allowed: readonly string[]): string | undefined {
  if (!text) return text;
  return text.replace(PLACEHOLDER, (whole, name: string) => {
    if (!allowed.includes(name)) return whole;
    const value = Object.hasOwn(named, name) ? named[name](context) : getPath(context, name);
    return value === undefined || value === null || typeof value === "object" ? "" : String(value);
  });
}
