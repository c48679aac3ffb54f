import type { Locale } from "@/lib/messages/locales";
import { placeholdersIn } from "./placeholders";
import type { StepMeta } from "./types";

/**
 * Step copy in German and Spanish (issue 15). English is the source: a definition's copy is written
 * in English, and every other language is a translation memory keyed by the English text, so a
 * text shared by many steps ("Next") is translated once, and a changed English text has no
 * translation until someone gives one (publishing refuses it, see `translationProblems`).
 *
 * Two memories, the version's first:
 * - `definition.translations` = { de: { "<English>": "<German>" }, es: { ... } }: what editors gave in
 *   the studio, published with the version (immutable like the rest of it);
 * - the code defaults' memory (machines/translations), so a version published before a language
 *   existed, or one whose texts are the code's, speaks it too.
 * A text neither knows stays English.
 */

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === "object" && v !== null && !Array.isArray(v);

/** The languages step copy is translated into (every locale but English). */
export const TRANSLATED_LOCALES = ["de", "es"] as const;
export type TranslatedLocale = (typeof TRANSLATED_LOCALES)[number];
export const isTranslatedLocale = (v: unknown): v is TranslatedLocale => v === "de" || v === "es";

export type Translations = Partial<Record<TranslatedLocale, Record<string, string>>>;

/** A definition's own translations, read defensively (stored JSON). */
export function translationsOf(definition: unknown): Translations {
  const raw = isObject(definition) && isObject(definition.translations) ? definition.translations : {};
  const out: Translations = {};
  for (const locale of TRANSLATED_LOCALES) {
    const table = raw[locale];
    if (!isObject(table)) continue;
    out[locale] = Object.fromEntries(Object.entries(table).filter((e): e is [string, string] => typeof e[1] === "string"));
  }
  return out;
}

type Tables = Record<TranslatedLocale, Readonly<Record<string, string>>>;
let codeTranslations: Tables = { de: {}, es: {} };

/**
 * The code defaults' translations (machines/translations), registered by lib/engine.ts like the
 * flows themselves, so the engine imports no flow.
 */
export function registerCodeTranslations(tables: Tables): void {
  codeTranslations = tables;
}

/** Where a translation comes from: the version (an editor gave it), the code's memory, or nowhere. */
export function lookup(text: string, locale: TranslatedLocale, own: Translations): { text: string; from: "version" | "code" } | undefined {
  const mine = own[locale];
  if (mine && Object.hasOwn(mine, text) && mine[text]) return { text: mine[text], from: "version" };
  const code = codeTranslations[locale];
  if (Object.hasOwn(code, text)) return { text: code[text], from: "code" };
  return undefined;
}

/** One text in `locale`: English as is, else its translation, else English. */
export function translateText(text: string, locale: Locale, own: Translations): string {
  if (locale === "en" || !text) return text;
  return lookup(text, locale, own)?.text ?? text;
}

/** Calls `visit` for every copy text of a step (what a person reads), with a name for where it is. */
export function eachCopyText(meta: unknown, visit: (text: string, where: string) => void): void {
  if (!isObject(meta)) return;
  const v = (t: unknown, where: string) => {
    if (typeof t === "string" && t.trim()) visit(t, where);
  };
  v(meta.title, "title");
  v(meta.description, "description");
  v(meta.warning, "warning");
  for (const f of Array.isArray(meta.fields) ? meta.fields : []) {
    if (!isObject(f) || f.off === true) continue;
    v(f.label, `field ${String(f.name)} label`);
    v(f.hint, `field ${String(f.name)} hint`);
    for (const l of Array.isArray(f.links) ? f.links : []) if (isObject(l)) v(l.label, `field ${String(f.name)} link`);
  }
  if (isObject(meta.submit)) v(meta.submit.label, "submit");
  for (const a of Array.isArray(meta.actions) ? meta.actions : []) if (isObject(a)) v(a.label, "action");
  for (const l of Array.isArray(meta.links) ? meta.links : []) if (isObject(l)) v(l.label, "link");
  if (isObject(meta.tabs)) {
    v(meta.tabs.current, "tab");
    for (const o of Array.isArray(meta.tabs.others) ? meta.tabs.others : []) if (isObject(o)) v(o.label, "tab");
  }
}

/**
 * A step's copy in `locale`, before its {placeholders} are filled (they are kept in translations,
 * so the runtime fills them the same way in every language). Pure: nothing but text changes.
 */
export function localizeStep(step: StepMeta, locale: Locale, definition?: unknown): StepMeta {
  if (locale === "en") return step;
  const own = translationsOf(definition);
  const tr = (t: string) => translateText(t, locale, own);
  const opt = (t: string | undefined) => (t === undefined ? t : tr(t));
  return {
    ...step,
    title: tr(step.title),
    description: opt(step.description),
    warning: opt(step.warning),
    fields: step.fields.map((f) => ({ ...f, label: tr(f.label), hint: opt(f.hint), links: f.links?.map((l) => ({ ...l, label: tr(l.label) })) })),
    submit: step.submit && { ...step.submit, label: tr(step.submit.label) },
    actions: step.actions?.map((a) => ({ ...a, label: tr(a.label) })),
    links: step.links?.map((l) => ({ ...l, label: tr(l.label) })),
    tabs: step.tabs && { current: tr(step.tabs.current), others: step.tabs.others.map((o) => ({ ...o, label: tr(o.label) })) },
  };
}

/** Whether a translation shows the same {placeholders} as its English text (order aside). */
export function samePlaceholders(english: string, translated: string): boolean {
  const a = placeholdersIn(english).sort();
  const b = placeholdersIn(translated).sort();
  return a.length === b.length && a.every((p, i) => p === b[i]);
}

export const LANGUAGE_WORDS: Record<TranslatedLocale, string> = { de: "German", es: "Spanish" };

export type TranslationProblem = { path: string; message: string };

/** Calls `visit` for every state with a screen, with its dotted path and its title. */
function eachStep(definition: Json, visit: (path: string, title: string, meta: Json) => void) {
  const walk = (states: unknown, parent: string) => {
    if (!isObject(states)) return;
    for (const [key, state] of Object.entries(states)) {
      if (!isObject(state)) continue;
      const path = parent ? `${parent}.${key}` : key;
      if (isObject(state.meta)) visit(path, typeof state.meta.title === "string" ? state.meta.title : key, state.meta);
      walk(state.states, path);
    }
  };
  walk(definition.states, "");
}

/** Every English copy text of a definition (the keys its translations may have). */
export function copyTextsOf(definition: unknown): Set<string> {
  const out = new Set<string>();
  if (isObject(definition)) eachStep(definition, (_p, _t, meta) => eachCopyText(meta, (text) => out.add(text)));
  return out;
}

/**
 * What stops a version from being published for its languages, each naming the step and the
 * language: an English text (new or changed, since the code's memory and the version it was based
 * on knew the rest) without a German or Spanish translation, and a translation whose
 * {placeholders} differ from its English text's. Each text is reported once per language, at the
 * first step that shows it.
 */
export function translationProblems(definition: unknown): TranslationProblem[] {
  if (!isObject(definition)) return [];
  const own = translationsOf(definition);
  const problems: TranslationProblem[] = [];
  const seen = new Set<string>();
  eachStep(definition, (path, title, meta) => {
    eachCopyText(meta, (text) => {
      for (const locale of TRANSLATED_LOCALES) {
        const key = `${locale}\u0000${text}`;
        if (seen.has(key)) continue;
        seen.add(key);
        const found = lookup(text, locale, own);
        if (!found) problems.push({ path, message: `Step “${title}”: the ${LANGUAGE_WORDS[locale]} text of “${text}” is missing.` });
        else if (!samePlaceholders(text, found.text)) {
          const wanted = placeholdersIn(text);
          problems.push({
            path,
            message: `Step “${title}”: the ${LANGUAGE_WORDS[locale]} text of “${text}” must show the same placeholders as the English (${wanted.length ? wanted.map((p) => `{${p}}`).join(", ") : "none"}).`,
          });
        }
      }
    });
  });
  return problems;
}

/** A translation problem's parts (to say it in the studio's language), or undefined for any other problem. */
export function translationProblemParts(
  message: string,
): { kind: "missing" | "placeholders" | "editorPlaceholders"; step?: string; locale: TranslatedLocale; text: string; list?: string } | undefined {
  const localeOf = (word: string) => (word === "German" ? "de" : "es") as TranslatedLocale;
  let m = /^Step “(.*)”: the (German|Spanish) text of “([\s\S]*)” is missing\.$/.exec(message);
  if (m) return { kind: "missing", step: m[1], locale: localeOf(m[2]), text: m[3] };
  m = /^Step “(.*)”: the (German|Spanish) text of “([\s\S]*)” must show the same placeholders as the English \((.*)\)\.$/.exec(message);
  if (m) return { kind: "placeholders", step: m[1], locale: localeOf(m[2]), text: m[3], list: m[4] };
  m = /^The (German|Spanish) text of “([\s\S]*)” must show the same placeholders as the English \((.*)\)\.$/.exec(message);
  if (m) return { kind: "editorPlaceholders", locale: localeOf(m[1]), text: m[2], list: m[3] };
  return undefined;
}
