import type { Queryable } from "@/lib/db/client";
import { issueCaptcha, type Captcha } from "@/lib/security/captcha";
import { now } from "@/lib/clock";
import { callingCodeFor } from "@/lib/phone";
import { errorMessage } from "./messages";
import { fillPlaceholders, visibleTarget } from "./placeholders";
import { fieldKind, flowEntry } from "./registry";
import { progressOf, type Progress } from "./progress";
import { localizeStep } from "./localize";
import { getLocale } from "@/lib/i18n/request";
import type { Locale } from "@/lib/messages/locales";
import type { ActionMeta, FieldMeta, FlowError, StepMeta } from "./types";
import { fieldErrorText, type FieldErrors } from "./fields";
import { translator } from "@/lib/messages";
import { inLanguage } from "@/lib/i18n/words";

/**
 * A step as data: what a page renders and what the JSON API returns. Browsers and native apps
 * get the same description of the same step.
 */
export type FieldView = FieldMeta & {
  value?: string | boolean;
  error?: { code: string; message: string };
  captcha?: { id: string; image: string };
  /** Phone fields: the Country Code, filled from the chosen country. */
  countryCode?: string;
  /** Fields to choose from (the devices a LAN scan found), given by the field's registered kind. */
  options?: { value: string; label: string; detail: string }[];
};

export type StepView = {
  flow: string;
  id: string;
  revision: number;
  status: "active" | "completed" | "expired";
  expiresAt: string;
  step: string;
  title: string;
  description?: string;
  /** A caution about the step (a blurry photo), shown as a warning. */
  warning?: string;
  /** Where this step stands on the flow's main path ("Step 2 of 4"); absent on final pages and one-step flows. */
  progress?: Progress;
  fields: FieldView[];
  submit?: ActionMeta;
  actions: (ActionMeta & { availableAt?: string })[];
  links: { label: string; href: string }[];
  tabs?: StepMeta["tabs"];
  /** A message about the whole step rather than one field. */
  error?: { code: string; message: string };
  context: { country?: string; target?: string };
};

export type Feedback = {
  revision: number;
  values?: Record<string, unknown>;
  errors?: FieldErrors;
  notice?: string;
  /** The keyed hash of the submission that produced this revision (see submitStep), never shown. */
  accepted?: string;
};

function getPath(obj: unknown, path: string): unknown {
  return path.split(".").reduce<unknown>((o, k) => (o && typeof o === "object" ? (o as Record<string, unknown>)[k] : undefined), obj);
}

/** Actions whose `showIfPath` names a context value that is not set are not offered. */
const shown = (context: Record<string, unknown>) => (a: ActionMeta) => !a.showIfPath || Boolean(getPath(context, a.showIfPath));

export async function buildView(
  db: Queryable,
  args: {
    flow: string;
    id: string;
    revision: number;
    status: StepView["status"];
    expiresAt: Date;
    step: StepMeta;
    /** The definition the flow runs on, for the step indicator. */
    definition?: Record<string, unknown>;
    context: Record<string, unknown>;
    feedback?: Feedback | null;
    /** Issue picture codes for captcha fields. Off when the view is thrown away (a page action's redirect). */
    issueCaptchas?: boolean;
    /** A picture code already stored with the step's write (see submitStep): used for the step's captcha field instead of issuing one. */
    issued?: Captcha;
    /**
     * The language of the step's copy; by default the request's (the picker's cookie, else
     * Accept-Language, else English), so pages and the JSON API speak the reader's language.
     */
    locale?: Locale;
  },
): Promise<StepView> {
  const { context, revision } = args;
  // Translated before the placeholders are filled: translations keep them, keyed by the English text.
  const locale = args.locale ?? (await getLocale());
  const step = localizeStep(args.step, locale, args.definition);
  // Errors too are shown in the reader's language, whatever language they were stored in.
  const i18n = translator(locale);
  const flowError = (code: string, params?: Record<string, string | number>) => ({ code, message: errorMessage(code, params, i18n) });
  // Only what this flow's code allows on this step is filled, never what the stored text asks for.
  const steps = flowEntry(args.flow)?.placeholders ?? {};
  const allowed = Object.hasOwn(steps, step.step) ? steps[step.step] : [];
  const fill = (text: string | undefined) => fillPlaceholders(text, context, allowed);
  const fb = args.feedback && args.feedback.revision === revision ? args.feedback : undefined;
  const machineError = context.error as FlowError | undefined;
  const liveError = machineError && machineError.seq === revision ? machineError : undefined;

  let issued = args.issued;
  const fields: FieldView[] = [];
  for (const f of step.fields) {
    if (f.off) continue;
    const view: FieldView = { ...f };
    const kept = fb?.values?.[f.name];
    if (kept !== undefined) view.value = kept as string | boolean;
    const fe = fb?.errors?.[f.name];
    // A commit's refusal is kept under its flow error code; a field's own words by their key, else as stored (a registered kind's).
    if (fe) view.error = { code: fe.code, message: fe.key ? fieldErrorText(fe, i18n) : i18n.has(`flow.${fe.code}`) ? errorMessage(fe.code, {}, i18n) : inLanguage(i18n, fe.message) };
    else if (liveError?.field === f.name) view.error = flowError(liveError.code, liveError.params);
    const options = fieldKind(f.kind)?.options;
    if (options) view.options = options(context);
    if (f.kind === "phone") view.countryCode = callingCodeFor(context.country as string | undefined);
    if (f.kind === "captcha" && args.status === "active" && args.issueCaptchas !== false) {
      view.captcha = issued ?? (await issueCaptcha(db));
      issued = undefined;
    }
    fields.push(view);
  }
  const stepError =
    liveError && !liveError.field
      ? flowError(liveError.code, liveError.params)
      : fb?.notice
        ? flowError(fb.notice)
        : undefined;

  return {
    flow: args.flow,
    id: args.id,
    revision,
    status: args.status,
    expiresAt: args.expiresAt.toISOString(),
    step: step.step,
    title: step.title,
    description: fill(step.description),
    warning: fill(step.warning)?.trim() || undefined,
    progress: args.status === "active" ? progressOf(args.definition, step.step) : undefined,
    fields,
    submit: step.submit && shown(context)(step.submit) ? { ...step.submit, label: fill(step.submit.label)! } : undefined,
    actions: (step.actions ?? []).filter(shown(context)).map((a) => {
      const at = a.availableAtPath ? Number(getPath(context, a.availableAtPath)) : NaN;
      const filled = { ...a, label: fill(a.label)! };
      return Number.isFinite(at) && at > now() ? { ...filled, availableAt: new Date(at).toISOString() } : filled;
    }),
    links: step.links ?? [],
    tabs: step.tabs,
    error: stepError,
    context: {
      country: typeof context.country === "string" ? context.country : undefined,
      target: visibleTarget(context),
    },
  };
}
