import type { FlowEntry } from "@/lib/flows/registry";
import { isStudioBranch, type Problem } from "./edit";

/**
 * The conditions (guards) a branch may use, in words, with what each one reads from the event:
 * facts the server looks up before the event, or fields the person fills in on the step. A guard
 * reading neither decides on the flow's own context, which every step has.
 */
type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === "object" && v !== null && !Array.isArray(v);
const asArray = <T,>(v: T | T[] | undefined): T[] => (v === undefined ? [] : Array.isArray(v) ? v : [v]);

export type Condition = { label: string; facts?: string[]; input?: string[] };

export const CONDITIONS: Record<string, Condition> = {
  captchaFailed: { label: "the picture code is wrong", facts: ["captchaPassed"] },
  usernameTaken: { label: "the user name is taken", facts: ["usernameAvailable"] },
  registrationLimitReached: { label: "too many registrations came from this address", facts: ["registrationLimitedUntil"] },
  readyToCreateAccount: { label: "the contact is verified and the terms accepted", facts: ["passwordHash"], input: ["terms"] },
  codeChecksBlocked: { label: "too many codes were tried", facts: ["codeChecksBlockedUntil"] },
  sendLimitReached: { label: "too many codes were sent", facts: ["sendLimitedUntil"] },
  resendTooSoon: { label: "it is too soon to send the code again" },
  codeExpired: { label: "the code has expired" },
  codeAttemptsExhausted: { label: "every code attempt is used up" },
  codeMatches: { label: "the code is right", input: ["code"] },
  passwordHashed: { label: "the password is accepted", facts: ["passwordHash"] },
  authCodeAttemptsExhausted: { label: "every authentication code attempt is used up", input: ["authCode"] },
  authCodeInvalid: { label: "the authentication code is wrong", facts: ["authCodeValid"], input: ["authCode"] },
  readyToCreateInstaller: { label: "the email is verified and the terms accepted", input: ["terms"] },
  recoveryReady: { label: "the code was right and the password accepted", facts: ["passwordHash"] },
  accountHasEmail: { label: "the account has an email address" },
  accountHasPhone: { label: "the account has a mobile phone number" },
  accountLocked: { label: "the account is locked", facts: ["accountLockedUntil", "accountMustReset"] },
  readyToOpen: { label: "a device, a photo and the commitment are given", input: ["commitment"] },
};

export const conditionLabel = (guard: string): string => (Object.hasOwn(CONDITIONS, guard) ? CONDITIONS[guard].label : guard);

export function guardName(guard: unknown): string | undefined {
  if (typeof guard === "string") return guard;
  if (isObject(guard) && typeof guard.type === "string") return guard.type;
  return undefined;
}

/** The buttons of a step: which event each sends, its label, and whether it sends the step's fields. */
export function buttonsOf(meta: Json): { event: string; label: string; sendsFields: boolean }[] {
  const out: { event: string; label: string; sendsFields: boolean }[] = [];
  if (isObject(meta.submit) && typeof meta.submit.event === "string") out.push({ event: meta.submit.event, label: String(meta.submit.label ?? meta.submit.event), sendsFields: meta.submit.validate !== false });
  for (const a of asArray(meta.actions as Json[])) if (isObject(a) && typeof a.event === "string") out.push({ event: a.event, label: String(a.label ?? a.event), sendsFields: a.validate !== false });
  const tabs = isObject(meta.tabs) ? asArray(meta.tabs.others as Json[]) : [];
  for (const t of tabs) if (isObject(t) && typeof t.event === "string") out.push({ event: t.event, label: String(t.label ?? t.event), sendsFields: false });
  return out;
}

/** The label of the button that sends `event` on a step, or the event name when no button does. */
export function buttonLabel(meta: unknown, event: string): string {
  return (isObject(meta) ? buttonsOf(meta).find((b) => b.event === event)?.label : undefined) ?? event;
}

/**
 * Whether `guard` can be decided when `event` arrives on a step: every fact it reads is looked up
 * for that event (some of them, for a guard that reads either of two), and every field it reads is
 * on the step and sent with that button. Otherwise the guard sees a missing value, and a branch on it
 * would fire every time or never (a "user name taken" branch on the contact step sends everyone back).
 */
export function decidable(entry: FlowEntry, meta: Json, event: string, guard: string): boolean {
  const c = Object.hasOwn(CONDITIONS, guard) ? CONDITIONS[guard] : undefined;
  if (!c) return true;
  const provided = Object.hasOwn(entry.eventFacts, event) ? entry.eventFacts[event] : [];
  if (c.facts?.length && !c.facts.some((f) => provided.includes(f))) return false;
  if (c.input?.length) {
    const button = buttonsOf(meta).find((b) => b.event === event);
    const fields = asArray(meta.fields as Json[]).map((f) => (isObject(f) ? f.name : undefined));
    if (!button?.sendsFields || !c.input.every((i) => fields.includes(i))) return false;
  }
  return true;
}

/** Every branch of the definition whose condition its step cannot decide, as a problem naming the step and the button. */
export function undecidableBranches(entry: FlowEntry, definition: Json): Problem[] {
  const problems: Problem[] = [];
  const walk = (states: unknown, parent: string) => {
    if (!isObject(states)) return;
    for (const [key, state] of Object.entries(states)) {
      if (!isObject(state)) continue;
      const path = parent ? `${parent}.${key}` : key;
      const meta = isObject(state.meta) ? state.meta : {};
      const title = typeof meta.title === "string" ? meta.title : key;
      for (const [event, raw] of Object.entries(isObject(state.on) ? state.on : {})) {
        for (const b of asArray(raw as unknown[])) {
          const guard = isObject(b) ? guardName(b.guard) : undefined;
          if (!guard || decidable(entry, meta, event, guard)) continue;
          problems.push({
            path,
            message: `Step “${title}”, button “${buttonLabel(meta, event)}”: the condition “${conditionLabel(guard)}” cannot be decided on this step (the step does not find that out), so the branch would fire every time or never.`,
          });
        }
      }
      walk(state.states, path);
    }
  };
  walk(definition.states, "");
  return problems;
}

export type Route = { event: string; button: string; guard?: string; target?: string; targetTitle?: string; studio: boolean; text: string };

/** Where each button of a step leads, in the words of the screens: “Next” when the picture code is wrong → stays on this step. */
export function routesOf(definition: Json, path: string): Route[] {
  const keys = path.split(".");
  let state: Json | undefined = definition;
  let siblings: Json = {};
  for (const k of keys) {
    siblings = isObject(state?.states) ? (state!.states as Json) : {};
    state = isObject(siblings[k]) ? (siblings[k] as Json) : undefined;
  }
  if (!state) return [];
  const meta = isObject(state.meta) ? state.meta : {};
  const out: Route[] = [];
  for (const [event, raw] of Object.entries(isObject(state.on) ? state.on : {})) {
    for (const b of asArray(raw as unknown[])) {
      const branch = typeof b === "string" ? { target: b } : isObject(b) ? b : {};
      const guard = guardName(branch.guard);
      const target = typeof branch.target === "string" ? branch.target.replace(/^[.#]/, "") : undefined;
      const targetState = target && isObject(siblings[target]) ? (siblings[target] as Json) : undefined;
      const targetTitle = targetState && isObject(targetState.meta) && typeof targetState.meta.title === "string" ? targetState.meta.title : target;
      const studio = isStudioBranch(branch);
      const button = buttonLabel(meta, event);
      out.push({
        event,
        button,
        guard,
        target,
        targetTitle,
        studio,
        text: `“${button}”${guard ? ` when ${conditionLabel(guard)}` : ""} → ${target ? targetTitle : "stays on this step"}${studio ? " (added in the studio)" : ""}`,
      });
    }
  }
  return out;
}
