/**
 * What a flow editor may change in a draft, as pure functions on the definition: copy (titles,
 * help text, labels, hints, button text), whether a field is required, and settings within safe
 * bounds. Structure, guards and actions stay as the code defines them, so no edit can remove a
 * security step.
 */

import { passwordPolicies, type PasswordPolicy } from "@/lib/security/passwords";
import { copyTextsOf, LANGUAGE_WORDS, lookup, samePlaceholders, translationsOf, type TranslatedLocale } from "@/lib/flows/localize";
import { placeholdersIn } from "@/lib/flows/placeholders";
import type { Translator } from "@/lib/messages";
import { en } from "@/lib/messages/en";
import type { DefinitionProblem } from "@/lib/flows/validate";

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === "object" && v !== null && !Array.isArray(v);

export type Problem = DefinitionProblem;

/** The cookie that keeps which language the studio's step editor shows (en, de or es). */
export const COPY_LANGUAGE_COOKIE = "gh_studio_copy_lang";

/** Fields a definition may make optional: the rest carry a rule (a code, a password, the terms). */
const ALWAYS_REQUIRED_KINDS = new Set(["code", "captcha", "new-password", "confirm-password", "username", "country", "device", "photo", "email", "phone"]);
const ALWAYS_REQUIRED_NAMES = new Set(["terms", "commitment"]);

export function fieldMayBeOptional(field: { kind?: unknown; name?: unknown }): boolean {
  return !ALWAYS_REQUIRED_KINDS.has(String(field.kind)) && !ALWAYS_REQUIRED_NAMES.has(String(field.name));
}

/** Settings an editor may change, in the units people think in, with the bounds security allows. */
export const SETTINGS: Record<string, { label: string; unit: "minutes" | "seconds" | "count" | "days" | "digits"; scale: number; min: number; max: number }> = {
  codeValidMs: { label: "Code validity", unit: "minutes", scale: 60_000, min: 1, max: 10 },
  resendCooldownMs: { label: "Resend cooldown", unit: "seconds", scale: 1000, min: 30, max: 600 },
  maxCodeAttempts: { label: "Code attempts", unit: "count", scale: 1, min: 1, max: 10 },
  codeLength: { label: "Code length", unit: "digits", scale: 1, min: 6, max: 8 },
  flowTtlMs: { label: "Time to finish", unit: "minutes", scale: 60_000, min: 5, max: 24 * 60 },
  trustDays: { label: "Trusted device lifetime", unit: "days", scale: 1, min: 1, max: 90 },
};

/** A setting's name in the request's language ("Password rule" for the password rule, "A setting" for any other). */
export function settingLabel(key: string, i18n: Translator): string {
  return Object.hasOwn(en.studio.settingLabels, key) && key !== "other" ? i18n.t(`studio.settingLabels.${key as keyof typeof en.studio.settingLabels}`) : i18n.t("studio.settingLabels.other");
}

/** A setting's unit in the request's language. */
export const settingUnit = (unit: (typeof SETTINGS)[string]["unit"], i18n: Translator): string => i18n.t(`studio.units.${unit}`);

export function settingsOf(definition: Json): Record<string, number> {
  const ctx = isObject(definition.context) ? definition.context : {};
  const s = isObject(ctx.settings) ? ctx.settings : {};
  return Object.fromEntries(Object.entries(s).filter(([k, v]) => k in SETTINGS && typeof v === "number")) as Record<string, number>;
}

export function settingsProblems(definition: Json): Problem[] {
  const problems: Problem[] = [];
  const ctx = isObject(definition.context) ? definition.context : {};
  const policy = isObject(ctx.settings) ? ctx.settings.passwordPolicy : undefined;
  if (policy !== undefined && !(String(policy) in passwordPolicies)) problems.push({ path: "settings.passwordPolicy", message: "Choose one of the password rules." });
  for (const [key, raw] of Object.entries(settingsOf(definition))) {
    const s = SETTINGS[key];
    const v = raw / s.scale;
    if (!Number.isFinite(v) || v < s.min || v > s.max) {
      problems.push({ path: `settings.${key}`, message: `${s.label} must be between ${s.min} and ${s.max} ${s.unit}.` });
    }
  }
  return problems;
}

function stateAt(definition: Json, path: string): Json | undefined {
  let node: Json | undefined = definition;
  for (const key of path.split(".")) {
    const states: unknown = node?.states;
    node = isObject(states) && isObject(states[key]) ? (states[key] as Json) : undefined;
  }
  return node;
}

export type CopyPatch = {
  title?: string;
  description?: string;
  submitLabel?: string;
  fields?: Record<string, { label?: string; hint?: string; required?: boolean; on?: boolean }>;
};

const clean = (s: string | undefined, max: number) => (s === undefined ? undefined : s.replace(/\s+/g, " ").trim().slice(0, max));

/** A copy of `definition` with one step's copy changed; problems say what was refused. */
export function editStep(definition: Json, path: string, patch: CopyPatch): { definition: Json; problems: Problem[] } {
  const next = structuredClone(definition);
  const state = stateAt(next, path);
  const meta = state && isObject(state.meta) ? state.meta : undefined;
  if (!meta) return { definition, problems: [{ path, message: "There is no such step." }] };
  const problems: Problem[] = [];
  const title = clean(patch.title, 80);
  if (title !== undefined) {
    if (!title) problems.push({ path, message: "A step needs a title." });
    else meta.title = title;
  }
  const description = clean(patch.description, 400);
  if (description !== undefined) meta.description = description || undefined;
  const submit = clean(patch.submitLabel, 40);
  if (submit !== undefined && isObject(meta.submit)) {
    if (!submit) problems.push({ path, message: "The button needs a label." });
    else meta.submit.label = submit;
  }
  const fields = Array.isArray(meta.fields) ? (meta.fields as Json[]) : [];
  for (const [name, f] of Object.entries(patch.fields ?? {})) {
    const field = fields.find((x) => x.name === name);
    if (!field) continue;
    const label = clean(f.label, 120);
    if (label !== undefined) {
      if (!label) problems.push({ path, message: `The field ${name} needs a label.` });
      else field.label = label;
    }
    const hint = clean(f.hint, 240);
    if (hint !== undefined) field.hint = hint || undefined;
    if (f.on !== undefined && f.on === (field.off === true)) {
      if (!f.on && (field.required === true || !fieldMayBeOptional(field))) problems.push({ path, message: `${String(field.label)} cannot be switched off: it is required.` });
      else field.off = f.on ? undefined : true;
    }
    if (f.required !== undefined && f.required !== (field.required === true)) {
      if (!f.required && !fieldMayBeOptional(field)) problems.push({ path, message: `${String(field.label)} must stay required.` });
      else if (f.required && field.off) problems.push({ path, message: `${String(field.label)} is switched off, so it cannot be required.` });
      else field.required = f.required;
    }
  }
  return { definition: problems.length ? definition : pruneTranslations(next), problems };
}

/**
 * The version's translations without entries for English texts it no longer shows (an English text
 * changed: its old translations go with it, and the new text has none until someone gives them).
 */
function pruneTranslations(definition: Json): Json {
  if (!isObject(definition.translations)) return definition;
  const used = copyTextsOf(definition);
  const own = translationsOf(definition);
  const kept = Object.fromEntries(
    Object.entries(own)
      .map(([locale, table]) => [locale, Object.fromEntries(Object.entries(table).filter(([english]) => used.has(english)))] as const)
      .filter(([, table]) => Object.keys(table).length),
  );
  if (Object.keys(kept).length) definition.translations = kept;
  else delete definition.translations;
  return definition;
}

/**
 * A copy of `definition` with one step's copy given in German or Spanish: each text of the patch is
 * the translation of the step's English text in that place. Translations are kept per English text
 * (`definition.translations[locale]`), so every step showing the same English text shows the same
 * translation. An empty text removes the version's own translation (the code's, if any, applies
 * again); one equal to the code's is not stored twice. A translation must show the same
 * {placeholders} as its English text.
 */
export function editTranslations(definition: Json, path: string, locale: TranslatedLocale, patch: CopyPatch): { definition: Json; problems: Problem[] } {
  const next = structuredClone(definition);
  const state = stateAt(next, path);
  const meta = state && isObject(state.meta) ? state.meta : undefined;
  if (!meta) return { definition, problems: [{ path, message: "There is no such step." }] };
  const problems: Problem[] = [];
  const all = (isObject(next.translations) ? next.translations : (next.translations = {})) as Json;
  const table = (isObject(all[locale]) ? all[locale] : (all[locale] = {})) as Record<string, string>;
  const give = (english: unknown, raw: string | undefined, max: number) => {
    const text = clean(raw, max);
    if (typeof english !== "string" || !english.trim() || text === undefined) return;
    if (!text) {
      delete table[english];
      return;
    }
    if (!samePlaceholders(english, text)) {
      const wanted = placeholdersIn(english);
      problems.push({
        path,
        message: `The ${LANGUAGE_WORDS[locale]} text of “${english}” must show the same placeholders as the English (${wanted.length ? wanted.map((p) => `{${p}}`).join(", ") : "none"}).`,
      });
      return;
    }
    delete table[english];
    if (lookup(english, locale, translationsOf(next))?.text !== text) table[english] = text;
  };
  give(meta.title, patch.title, 80);
  give(meta.description, patch.description, 400);
  if (isObject(meta.submit)) give(meta.submit.label, patch.submitLabel, 40);
  const fields = Array.isArray(meta.fields) ? (meta.fields as Json[]) : [];
  for (const [name, f] of Object.entries(patch.fields ?? {})) {
    const field = fields.find((x) => x.name === name);
    if (!field) continue;
    give(field.label, f.label, 120);
    give(field.hint, f.hint, 240);
  }
  if (!Object.keys(table).length) delete all[locale];
  if (!Object.keys(all).length) delete next.translations;
  return { definition: problems.length ? definition : next, problems };
}

/** A copy of `definition` with settings changed (given in their display units); out-of-bounds values are refused. */
export function editSettings(definition: Json, values: Record<string, number>): { definition: Json; problems: Problem[] } {
  const next = structuredClone(definition);
  const ctx = (isObject(next.context) ? next.context : (next.context = {})) as Json;
  const settings = (isObject(ctx.settings) ? ctx.settings : (ctx.settings = {})) as Json;
  for (const [key, v] of Object.entries(values)) {
    if (!(key in SETTINGS) || !(key in settings)) continue;
    settings[key] = Math.round(v * SETTINGS[key].scale);
  }
  const problems = settingsProblems(next);
  return { definition: problems.length ? definition : next, problems };
}

/** Branches the studio adds carry this description, so only they can be removed here. */
const STUDIO_BRANCH = "Added in the flow studio";
export const isStudioBranch = (b: unknown): boolean => isObject(b) && b.description === STUDIO_BRANCH && b.actions === undefined;

/** The conditions a branch may use: the guards the flow's code provides (a definition can name no others). */
export function branchPalette(guards: Record<string, unknown>): string[] {
  return Object.keys(guards).sort();
}

/**
 * Add a branch to a step: on `event`, when `guard` holds, go to `target` (no actions: a branch only
 * routes). It goes before the event's existing branches' fallback, so the code's checks still apply
 * to everything it does not catch. The validator then checks reachability and every invariant.
 */
export function addBranch(definition: Json, path: string, branch: { event: string; guard: string; target: string }, palette: string[]): { definition: Json; problems: Problem[] } {
  const next = structuredClone(definition);
  const state = stateAt(next, path);
  if (!state) return { definition, problems: [{ path, message: "There is no such step." }] };
  if (!palette.includes(branch.guard)) return { definition, problems: [{ path, message: `There is no condition called ${branch.guard}.` }] };
  const parentStates = path.includes(".") ? stateAt(next, path.slice(0, path.lastIndexOf(".")))?.states : next.states;
  if (!isObject(parentStates) || !(branch.target in parentStates)) return { definition, problems: [{ path, message: `There is no step called ${branch.target}.` }] };
  const on = (isObject(state.on) ? state.on : (state.on = {})) as Json;
  const existing = on[branch.event] === undefined ? [] : Array.isArray(on[branch.event]) ? (on[branch.event] as unknown[]) : [on[branch.event]];
  if (!existing.length) return { definition, problems: [{ path, message: `The step has no ${branch.event} to branch.` }] };
  // Before the last branch (the fallback without a guard), after the code's own guarded checks.
  const last = existing[existing.length - 1];
  const fallback = typeof last === "string" || (isObject(last) && last.guard === undefined);
  const at = fallback ? existing.length - 1 : existing.length;
  on[branch.event] = [...existing.slice(0, at), { guard: branch.guard, target: branch.target, description: STUDIO_BRANCH }, ...existing.slice(at)];
  return { definition: next, problems: [] };
}

/** Remove a branch the studio added (a guarded branch with a target and no actions). */
export function removeBranch(definition: Json, path: string, event: string, index: number): { definition: Json; problems: Problem[] } {
  const next = structuredClone(definition);
  const on = stateAt(next, path)?.on;
  const list = isObject(on) && Array.isArray(on[event]) ? (on[event] as unknown[]) : [];
  const b = list[index];
  if (!isStudioBranch(b)) return { definition, problems: [{ path, message: "Only branches added in the studio can be removed here." }] };
  (on as Json)[event] = list.filter((_, i) => i !== index);
  return { definition: next, problems: [] };
}

/** Whether a flow asks for a new password (so its password rule can be chosen). */
export function hasPasswordField(definition: Json): boolean {
  return JSON.stringify(definition.states ?? {}).includes('"kind":"new-password"');
}

export function passwordPolicyOf(definition: Json): PasswordPolicy {
  const ctx = isObject(definition.context) ? definition.context : {};
  const p = isObject(ctx.settings) ? ctx.settings.passwordPolicy : undefined;
  return p === "nist" ? "nist" : "three-of-four";
}

/** Choose the flow's password rule: one of the rules the code knows. */
export function editPasswordPolicy(definition: Json, policy: string): { definition: Json; problems: Problem[] } {
  if (!(policy in passwordPolicies)) return { definition, problems: [{ path: "settings.passwordPolicy", message: "Choose one of the password rules." }] };
  if (!hasPasswordField(definition)) return { definition, problems: [{ path: "settings.passwordPolicy", message: "This flow does not ask for a password." }] };
  const next = structuredClone(definition);
  const ctx = (isObject(next.context) ? next.context : (next.context = {})) as Json;
  const settings = (isObject(ctx.settings) ? ctx.settings : (ctx.settings = {})) as Json;
  settings.passwordPolicy = policy;
  return { definition: next, problems: [] };
}

/** Every target a state's transitions name, with a way to change them. */
function eachTarget(definition: Json, visit: (from: string, target: string, set: (t: string) => void) => void) {
  const states = isObject(definition.states) ? definition.states : {};
  for (const [from, raw] of Object.entries(states)) {
    if (!isObject(raw) || !isObject(raw.on)) continue;
    const on = raw.on;
    for (const [event, t] of Object.entries(on)) {
      const list = Array.isArray(t) ? t : [t];
      list.forEach((b, i) => {
        if (typeof b === "string") {
          visit(from, b, (nt) => {
            if (Array.isArray(t)) (on[event] as unknown[])[i] = nt;
            else on[event] = nt;
          });
        } else if (isObject(b) && typeof b.target === "string") {
          visit(from, b.target, (nt) => {
            b.target = nt;
          });
        }
      });
    }
  }
}

/**
 * Swap two consecutive steps where the code allows it (X -> a -> b -> Y becomes X -> b -> a -> Y).
 * Each step keeps its own fields, checks and actions; only the order people see them in changes.
 */
export function swapSteps(definition: Json, a: string, b: string, allowed: string[][]): { definition: Json; problems: Problem[] } {
  if (!allowed.some((g) => g.includes(a) && g.includes(b))) return { definition, problems: [{ path: a, message: `${a} and ${b} cannot change places in this flow.` }] };
  const forward = (from: string) => {
    const out = new Set<string>();
    eachTarget(definition, (f, t) => f === from && t !== from && out.add(t));
    return out;
  };
  const [first, second] = forward(a).has(b) ? [a, b] : forward(b).has(a) ? [b, a] : [undefined, undefined];
  if (!first || !second) return { definition, problems: [{ path: a, message: `${a} and ${b} are not next to each other.` }] };
  const fromFirst = forward(first);
  const fromSecond = forward(second);
  if (fromFirst.size !== 1 || fromSecond.size !== 1 || fromSecond.has(first)) {
    return { definition, problems: [{ path: first, message: `${first} and ${second} do not form a simple sequence, so they cannot be swapped.` }] };
  }
  const after = [...fromSecond][0];
  const next = structuredClone(definition);
  eachTarget(next, (from, target, set) => {
    if (from === first && target === second) set(after);
    else if (from === second && target === after) set(first);
    else if (target === first && from !== second) set(second);
  });
  if (next.initial === first) next.initial = second;
  return { definition: next, problems: [] };
}
