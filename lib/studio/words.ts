import { translateText, translationsOf } from "@/lib/flows/localize";
import { en } from "@/lib/messages/en";
import { translator, type Translator } from "@/lib/messages";
import { conditionLabel, buttonLabel } from "./conditions";
import { settingLabel, settingUnit, SETTINGS, type Problem } from "./edit";

/**
 * The studio in words: flow names as people know them, problems and audit entries as sentences
 * (never a setting path, an event name or JSON).
 */
type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === "object" && v !== null && !Array.isArray(v);

const english = translator("en");

/**
 * A flow's name in the request's language (an unknown flow keeps its key). A number in place of the
 * translator (`flows.map(flowTitle)` passes the index) gives English.
 */
export const flowTitle = (flow: string, i18n: Translator | number = english): string => {
  const words = typeof i18n === "number" ? english : i18n;
  return Object.hasOwn(en.studio.flows, flow) ? words.t(`studio.flows.${flow as keyof typeof en.studio.flows}`) : flow;
};

const actionText = (name: string, i18n: Translator) => (Object.hasOwn(en.studio.actions, name) ? i18n.t(`studio.actions.${name as keyof typeof en.studio.actions}`) : name);

/** A text of the definition (a step title, a button) in the request's language, by the version's and the code's translations. */
export const inDefinition = (definition: Json, text: string, i18n: Translator): string =>
  i18n.locale === "en" ? text : translateText(text, i18n.locale, translationsOf(definition));

function stateAt(definition: Json, path: string): Json | undefined {
  let node: Json | undefined = definition;
  for (const key of path.split(".")) node = isObject(node?.states) && isObject((node.states as Json)[key]) ? ((node.states as Json)[key] as Json) : undefined;
  return node;
}

export function stepTitle(definition: Json, path: string, i18n: Translator = english): string {
  const meta = stateAt(definition, path)?.meta;
  return isObject(meta) && typeof meta.title === "string" ? inDefinition(definition, meta.title, i18n) : path;
}

export type ShownProblem = { text: string; step?: string; anchor?: string };

/** The English messages of lib/studio/edit.ts, lib/studio/service.ts and lib/flows/validate.ts, with their words in the catalogue. */
const MESSAGES: [RegExp, keyof typeof en.studio.problems, string[]][] = [
  [/^state is unreachable$/, "unreachable", []],
  [/^no path from this state reaches the end of the flow$/, "deadEnd", []],
  [/^target "(.+)" does not exist$/, "noTarget", ["target"]],
  [/^guarded actions cannot run on entry or exit$/, "entryExit", []],
  [/^the flow has no final state$/, "noEnd", []],
  [/^There is no such step\.$/, "noStep", []],
  [/^A step needs a title\.$/, "needsTitle", []],
  [/^The button needs a label\.$/, "buttonLabel", []],
  [/^The field (.+) needs a label\.$/, "fieldLabel", ["name"]],
  [/^(.+) cannot be switched off: it is required\.$/, "cannotSwitchOff", ["label"]],
  [/^(.+) must stay required\.$/, "mustStayRequired", ["label"]],
  [/^(.+) is switched off, so it cannot be required\.$/, "offNotRequired", ["label"]],
  [/^There is no condition called (.+)\.$/, "noCondition", ["name"]],
  [/^There is no step called (.+)\.$/, "noStepCalled", ["name"]],
  [/^The step has no (.+) to branch\.$/, "noEvent", ["event"]],
  [/^Only branches added in the studio can be removed here\.$/, "onlyStudio", []],
  [/^Choose one of the password rules\.$/, "choosePolicy", []],
  [/^This flow does not ask for a password\.$/, "noPassword", []],
  [/^(.+) and (.+) cannot change places in this flow\.$/, "cannotSwap", ["a", "b"]],
  [/^(.+) and (.+) are not next to each other\.$/, "notNext", ["a", "b"]],
  [/^(.+) and (.+) do not form a simple sequence, so they cannot be swapped\.$/, "notSequence", ["a", "b"]],
  [/^Unknown flow\.$/, "unknownFlow", []],
  [/^There is no draft to publish\.$/, "noDraft", []],
  [/^That version does not exist\.$/, "noVersion", []],
  [/^That version belongs to another flow\.$/, "otherFlow", []],
];

/** A problem's message in the request's language: the English sentences the studio knows, else as it came. */
function messageIn(definition: Json, message: string, i18n: Translator): string {
  const guarded = /^"(\w+)" must be guarded by "(\w+)": (.*)$/.exec(message);
  if (guarded) return i18n.t("studio.problems.guarded", { action: actionText(guarded[1], i18n), condition: conditionLabel(guarded[2], i18n), reason: guarded[3] });
  const unknown = /^unknown (guard|action|actor) "(.+)"$/.exec(message);
  if (unknown) return i18n.t("studio.problems.unknown", { kind: i18n.t(`studio.problems.kinds.${unknown[1] as "guard" | "action" | "actor"}`), name: unknown[2] });
  for (const [pattern, key, names] of MESSAGES) {
    const m = pattern.exec(message);
    if (m) return i18n.t(`studio.problems.${key}` as `studio.problems.noStep`, Object.fromEntries(names.map((n, i) => [n, m[i + 1]])));
  }
  return message;
}

/** A problem as an editor reads it: which step (and button), and what is wrong, in a sentence. */
export function problemText(definition: Json, p: Problem, i18n: Translator = english): ShownProblem {
  if (p.path.startsWith("settings.")) {
    const key = p.path.slice("settings.".length);
    const label = settingLabel(key, i18n);
    const englishLabel = settingLabel(key, english);
    const between = Object.hasOwn(SETTINGS, key) ? /^.+ must be between (\S+) and (\S+) (\w+)\.$/.exec(p.message) : null;
    const message = between
      ? i18n.t("studio.problems.between", { label, min: between[1], max: between[2], unit: settingUnit(SETTINGS[key].unit, i18n) })
      : messageIn(definition, p.message, i18n);
    return { text: p.message.startsWith(englishLabel) ? message : `${label}: ${message}`, anchor: "#settings-title" };
  }
  const detail = p.detail;
  if (detail) {
    const meta = stateAt(definition, p.path)?.meta;
    const stepWords = stepTitle(definition, p.path, i18n);
    if (detail.kind === "placeholder") {
      const name = `{${detail.name}}`;
      const allowed = detail.allowed.map((a) => `{${a}}`).join(", ");
      const what = detail.allowed.length ? i18n.t("studio.problems.placeholder", { name, allowed }) : i18n.t("studio.problems.placeholderNone", { name });
      return { text: `${i18n.t("studio.problems.step", { step: stepWords })}: ${what}`, step: p.path };
    }
    const where = i18n.t("studio.problems.stepButton", { step: stepWords, button: inDefinition(definition, buttonLabel(meta, detail.event), i18n) });
    return { text: `${where}: ${i18n.t("studio.problems.undecidable", { condition: conditionLabel(detail.guard, i18n) })}`, step: p.path };
  }
  const m = /^(.*?) on (.+)$/.exec(p.path);
  const step = m ? (m[1] === "(root)" ? "" : m[1]) : p.path;
  const event = m?.[2];
  const meta = step ? stateAt(definition, step)?.meta : undefined;
  const where = step
    ? event
      ? i18n.t("studio.problems.stepButton", { step: stepTitle(definition, step, i18n), button: inDefinition(definition, buttonLabel(meta, event), i18n) })
      : i18n.t("studio.problems.step", { step: stepTitle(definition, step, i18n) })
    : event
      ? i18n.t("studio.problems.every", { event })
      : "";
  const message = messageIn(definition, p.message, i18n);
  const text = p.message.startsWith("Step “") || !where ? message.charAt(0).toUpperCase() + message.slice(1) : `${where}: ${message.charAt(0).toUpperCase()}${message.slice(1)}`;
  return { text, step: step || undefined };
}

type AuditRow = { actor: string; action: string; detail: unknown };

/** One audit entry as a sentence: "editor published version 3: Inbox wording". */
export function auditSentence(definition: Json, a: AuditRow, i18n: Translator = english): string {
  const d = isObject(a.detail) ? a.detail : {};
  const who = a.actor;
  const t = i18n.t;
  const step = typeof d.step === "string" && d.step ? i18n.t("studio.problems.quoted", { text: stepTitle(definition, d.step, i18n) }) : "";
  switch (a.action) {
    case "draft_opened":
      return t("studio.audit.draftOpened", { who, version: String(d.baseVersion ?? "?") });
    case "draft_discarded":
      return t("studio.audit.draftDiscarded", { who });
    case "step_edited": {
      const patch = isObject(d.patch) ? d.patch : {};
      const parts = [
        patch.title !== undefined && t("studio.audit.parts.title"),
        patch.description !== undefined && t("studio.audit.parts.description"),
        patch.submitLabel !== undefined && t("studio.audit.parts.submitLabel"),
        isObject(patch.fields) && Object.keys(patch.fields).length && t("studio.audit.parts.fields"),
      ].filter(Boolean);
      // A translation (issue 15): which language's text of the step was given.
      const language = d.lang === "de" || d.lang === "es" ? t(`studio.audit.languages.${d.lang}`) : "";
      const values = { who, step, language, parts: parts.join(", ") };
      if (language) return t(parts.length ? "studio.audit.stepTranslatedParts" : "studio.audit.stepTranslated", values);
      return t(parts.length ? "studio.audit.stepEditedParts" : "studio.audit.stepEdited", values);
    }
    case "settings_edited": {
      const list = Object.entries(d)
        .filter(([k]) => Object.hasOwn(SETTINGS, k))
        .map(([k, v]) => `${settingLabel(k, i18n)} ${String(v)}${SETTINGS[k].unit === "count" ? "" : ` ${settingUnit(SETTINGS[k].unit, i18n)}`}`);
      return list.length ? t("studio.audit.settingsEditedAs", { who, list: list.join(", ") }) : t("studio.audit.settingsEdited", { who });
    }
    case "password_rule_changed":
      return t("studio.audit.passwordRule", { who });
    case "branch_added":
      return t("studio.audit.branchAdded", {
        who,
        step,
        button: inDefinition(definition, buttonLabel(stateAt(definition, String(d.step))?.meta, String(d.event)), i18n),
        condition: conditionLabel(String(d.guard), i18n),
        target: stepTitle(definition, String(d.target), i18n),
      });
    case "branch_removed":
      return t("studio.audit.branchRemoved", { who, step });
    case "steps_swapped":
      return t("studio.audit.swapped", { who, step, other: stepTitle(definition, String(d.other), i18n) });
    case "published":
      return d.note ? t("studio.audit.publishedNote", { who, version: String(d.version), note: String(d.note) }) : t("studio.audit.published", { who, version: String(d.version) });
    case "rolled_back":
      return t("studio.audit.rolledBack", { who, to: String(d.to), version: String(d.version) });
    case "tried":
      return t(d.draft ? "studio.audit.triedDraft" : "studio.audit.triedPublished", { who });
    default:
      return `${who}: ${a.action.replace(/_/g, " ")}.`;
  }
}
