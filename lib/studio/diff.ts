/**
 * What changed between two versions of a flow, step by step: states added or removed, transitions
 * changed, copy changed, settings changed. Both sides are flattened to path -> value and compared.
 */

import { translationsOf, type TranslatedLocale } from "@/lib/flows/localize";

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === "object" && v !== null && !Array.isArray(v);

/** A change; a translation's (`what: "translation"`) names its language and the English text it translates. */
export type Change = {
  path: string;
  what: "step" | "transitions" | "copy" | "setting" | "translation";
  change: "added" | "removed" | "changed";
  before?: string;
  after?: string;
  locale?: TranslatedLocale;
  english?: string;
};

type Flat = { what: Change["what"]; value: string; locale?: TranslatedLocale; english?: string };

function flatten(definition: Json): Map<string, Flat> {
  const out = new Map<string, Flat>();
  const ctx = isObject(definition.context) ? definition.context : {};
  for (const [k, v] of Object.entries(isObject(ctx.settings) ? ctx.settings : {})) out.set(`settings.${k}`, { what: "setting", value: JSON.stringify(v) });
  const walk = (states: Json, parent: string) => {
    for (const [key, raw] of Object.entries(states)) {
      if (!isObject(raw)) continue;
      const path = parent ? `${parent}.${key}` : key;
      out.set(path, { what: "step", value: key });
      const meta = isObject(raw.meta) ? raw.meta : {};
      for (const k of ["title", "description"]) if (typeof meta[k] === "string") out.set(`${path} · ${k}`, { what: "copy", value: meta[k] as string });
      if (isObject(meta.submit) && typeof meta.submit.label === "string") out.set(`${path} · button`, { what: "copy", value: meta.submit.label });
      for (const f of Array.isArray(meta.fields) ? (meta.fields as Json[]) : []) {
        out.set(`${path} · field ${String(f.name)} label`, { what: "copy", value: String(f.label ?? "") });
        if (f.hint) out.set(`${path} · field ${String(f.name)} hint`, { what: "copy", value: String(f.hint) });
        out.set(`${path} · field ${String(f.name)} required`, { what: "copy", value: f.off ? "switched off" : f.required ? "required" : "optional" });
      }
      for (const [event, t] of Object.entries(isObject(raw.on) ? raw.on : {})) out.set(`${path} · on ${event}`, { what: "transitions", value: JSON.stringify(t) });
      if (isObject(raw.states)) walk(raw.states, path);
    }
  };
  if (isObject(definition.states)) walk(definition.states, "");
  // The version's own German and Spanish texts (issue 15), one entry per English text.
  for (const [locale, table] of Object.entries(translationsOf(definition)) as [TranslatedLocale, Record<string, string>][]) {
    for (const [english, text] of Object.entries(table)) out.set(`translations.${locale} · ${english}`, { what: "translation", value: text, locale, english });
  }
  return out;
}

const language = (f: Flat) => (f.locale ? { locale: f.locale, english: f.english } : {});

export function diffDefinitions(before: Json, after: Json): Change[] {
  const a = flatten(before);
  const b = flatten(after);
  const changes: Change[] = [];
  for (const [path, v] of a) {
    const w = b.get(path);
    if (!w) changes.push({ path, what: v.what, change: "removed", before: v.value, ...language(v) });
    else if (w.value !== v.value) changes.push({ path, what: v.what, change: "changed", before: v.value, after: w.value, ...language(v) });
  }
  for (const [path, w] of b) if (!a.has(path)) changes.push({ path, what: w.what, change: "added", after: w.value, ...language(w) });
  return changes;
}
