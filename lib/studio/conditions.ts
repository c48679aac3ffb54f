import { flows, type FlowEntry } from "@/lib/flows/registry";
import { buttonLabel, buttonsOf, decidable as decides, undecidableGuards } from "@/lib/flows/validate";
import { translateText, translationsOf } from "@/lib/flows/localize";
import { translator, type Translator } from "@/lib/messages";
import { en } from "@/lib/messages/en";
import { isStudioBranch, type Problem } from "./edit";

/**
 * The conditions (guards) a branch may use, in words, with what each one reads from the event:
 * facts the server looks up before the event, or fields the person fills in on the step. A guard
 * reading neither decides on the flow's own context, which every step has.
 */
type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === "object" && v !== null && !Array.isArray(v);
const asArray = <T,>(v: T | T[] | undefined): T[] => (v === undefined ? [] : Array.isArray(v) ? v : [v]);

export type { Condition } from "@/lib/flows/define";

const english = translator("en");

/**
 * A guard in words: its label in whichever registered flow declares it, else its name. In German or
 * Spanish, the catalogue's words for it (studio.conditions), when it has them.
 */
export const conditionLabel = (guard: string, i18n: Translator = english): string => {
  if (i18n.locale !== "en" && Object.hasOwn(en.studio.conditions, guard)) return i18n.t(`studio.conditions.${guard as keyof typeof en.studio.conditions}`);
  for (const entry of Object.values(flows)) if (Object.hasOwn(entry.conditions, guard)) return entry.conditions[guard].label;
  return guard;
};

export function guardName(guard: unknown): string | undefined {
  if (typeof guard === "string") return guard;
  if (isObject(guard) && typeof guard.type === "string") return guard.type;
  return undefined;
}

export { buttonLabel, buttonsOf };

/** Whether a branch on `guard` can be decided on a step when `event` arrives (see lib/flows/validate.ts). */
export const decidable = (entry: FlowEntry, meta: Json, event: string, guard: string): boolean => decides(entry, meta, event, guard);

/** Every branch of the definition whose condition its step cannot decide, as a problem naming the step and the button. */
export function undecidableBranches(entry: FlowEntry, definition: Json): Problem[] {
  return undecidableGuards(definition, entry);
}

export type Route = { event: string; button: string; guard?: string; target?: string; targetTitle?: string; studio: boolean; text: string };

/** Where each button of a step leads, in the words of the screens: “Next” when the picture code is wrong → stays on this step. */
export function routesOf(definition: Json, path: string, i18n: Translator = english): Route[] {
  const own = i18n.locale === "en" ? undefined : translationsOf(definition);
  const say = (text: string) => (own && i18n.locale !== "en" ? translateText(text, i18n.locale, own) : text);
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
      const button = say(buttonLabel(meta, event));
      out.push({
        event,
        button,
        guard,
        target,
        targetTitle: targetTitle && say(targetTitle),
        studio,
        text: `${i18n.t("studio.problems.quoted", { text: button })}${guard ? i18n.t("studio.routes.when", { condition: conditionLabel(guard, i18n) }) : ""} → ${target ? say(targetTitle!) : i18n.t("studio.routes.stays")}${studio ? i18n.t("studio.routes.added") : ""}`,
      });
    }
  }
  return out;
}
