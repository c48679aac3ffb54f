import { conditionLabel, buttonLabel } from "./conditions";
import { SETTINGS, type Problem } from "./edit";

/**
 * The studio in words: flow names as people know them, problems and audit entries as sentences
 * (never a setting path, an event name or JSON).
 */
type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === "object" && v !== null && !Array.isArray(v);

const FLOW_TITLES: Record<string, string> = {
  "user-registration": "User registration",
  "installer-registration": "Installer Admin registration",
  "password-recovery": "Forgot Password",
  "sign-in-check": "Sign-in check",
  "contact-change": "Change email or phone",
  "device-reset-case": "Device password reset",
};

export const flowTitle = (flow: string): string => (Object.hasOwn(FLOW_TITLES, flow) ? FLOW_TITLES[flow] : flow);

const ACTIONS: Record<string, string> = {
  createAccount: "create the account",
  createInstallerAccount: "create the account",
  signIn: "sign the person in",
  createCompany: "create the company",
  resetPassword: "reset the password",
  changeContact: "change the contact",
  completeSignIn: "finish the sign-in",
  trustDeviceIfAsked: "trust the browser",
  openCase: "open a case",
};
const actionText = (name: string) => (Object.hasOwn(ACTIONS, name) ? ACTIONS[name] : name);

function stateAt(definition: Json, path: string): Json | undefined {
  let node: Json | undefined = definition;
  for (const key of path.split(".")) node = isObject(node?.states) && isObject((node.states as Json)[key]) ? ((node.states as Json)[key] as Json) : undefined;
  return node;
}

export function stepTitle(definition: Json, path: string): string {
  const meta = stateAt(definition, path)?.meta;
  return isObject(meta) && typeof meta.title === "string" ? meta.title : path;
}

export type ShownProblem = { text: string; step?: string; anchor?: string };

/** A problem as an editor reads it: which step (and button), and what is wrong, in a sentence. */
export function problemText(definition: Json, p: Problem): ShownProblem {
  if (p.path.startsWith("settings.")) {
    const key = p.path.slice("settings.".length);
    const label = Object.hasOwn(SETTINGS, key) ? SETTINGS[key].label : key === "passwordPolicy" ? "Password rule" : "A setting";
    return { text: p.message.startsWith(label) ? p.message : `${label}: ${p.message}`, anchor: "#settings-title" };
  }
  const m = /^(.*?) on (.+)$/.exec(p.path);
  const step = m ? (m[1] === "(root)" ? "" : m[1]) : p.path;
  const event = m?.[2];
  const meta = step ? stateAt(definition, step)?.meta : undefined;
  const where = step ? `Step “${stepTitle(definition, step)}”${event ? `, button “${buttonLabel(meta, event)}”` : ""}: ` : event ? `Every step, on “${event}”: ` : "";
  let message = p.message;
  const guarded = /^"(\w+)" must be guarded by "(\w+)": (.*)$/.exec(message);
  if (guarded) message = `it may ${actionText(guarded[1])} only when ${conditionLabel(guarded[2])}, because ${guarded[3]}.`;
  else if (message === "state is unreachable") message = "no button leads to this step any more.";
  else if (message === "no path from this state reaches the end of the flow") message = "from here a person can never reach the end of the flow.";
  else if (/^unknown (guard|action|actor) "(.+)"$/.test(message)) message = message.replace(/^unknown (\w+) "(.+)"$/, "the flow's code has no $1 called $2.");
  else if (/^target "(.+)" does not exist$/.test(message)) message = message.replace(/^target "(.+)" does not exist$/, "it leads to a step that does not exist ($1).");
  else if (message === "guarded actions cannot run on entry or exit") message = "a protected action cannot run when a step opens or closes.";
  else if (message === "the flow has no final state") message = "The flow has no end.";
  const text = message.startsWith("Step “") || !where ? message.charAt(0).toUpperCase() + message.slice(1) : `${where}${message.charAt(0).toUpperCase()}${message.slice(1)}`;
  return { text, step: step || undefined };
}

type AuditRow = { actor: string; action: string; detail: unknown };

/** One audit entry as a sentence: "editor published version 3: Inbox wording". */
export function auditSentence(definition: Json, a: AuditRow): string {
  const d = isObject(a.detail) ? a.detail : {};
  const who = a.actor;
  const step = typeof d.step === "string" && d.step ? `“${stepTitle(definition, d.step)}”` : "";
  switch (a.action) {
    case "draft_opened":
      return `${who} started a draft from version ${String(d.baseVersion ?? "?")}.`;
    case "draft_discarded":
      return `${who} discarded the draft.`;
    case "step_edited": {
      const patch = isObject(d.patch) ? d.patch : {};
      const parts = [
        patch.title !== undefined && "title",
        patch.description !== undefined && "help text",
        patch.submitLabel !== undefined && "button text",
        isObject(patch.fields) && Object.keys(patch.fields).length && "fields",
      ].filter(Boolean);
      // A translation (issue 15): which language's text of the step was given.
      const language = d.lang === "de" ? "German" : d.lang === "es" ? "Spanish" : "";
      return `${who} edited the ${language ? `${language} text of the ` : ""}step ${step}${parts.length ? ` (${parts.join(", ")})` : ""}.`;
    }
    case "settings_edited": {
      const list = Object.entries(d)
        .filter(([k]) => Object.hasOwn(SETTINGS, k))
        .map(([k, v]) => `${SETTINGS[k].label} ${String(v)}${SETTINGS[k].unit === "count" ? "" : ` ${SETTINGS[k].unit}`}`);
      return `${who} saved the settings${list.length ? ` as ${list.join(", ")}` : ""}.`;
    }
    case "password_rule_changed":
      return `${who} changed the password rule.`;
    case "branch_added":
      return `${who} added a branch to ${step}: “${buttonLabel(stateAt(definition, String(d.step))?.meta, String(d.event))}” when ${conditionLabel(String(d.guard))} → ${stepTitle(definition, String(d.target))}.`;
    case "branch_removed":
      return `${who} removed a branch from ${step}.`;
    case "steps_swapped":
      return `${who} swapped the steps ${step} and “${stepTitle(definition, String(d.other))}”.`;
    case "published":
      return `${who} published version ${String(d.version)}${d.note ? `: ${String(d.note)}` : ""}.`;
    case "rolled_back":
      return `${who} rolled back to version ${String(d.to)} (published as version ${String(d.version)}).`;
    case "tried":
      return `${who} tried the ${d.draft ? "draft" : "published version"}.`;
    default:
      return `${who}: ${a.action.replace(/_/g, " ")}.`;
  }
}
