import { randomUUID } from "node:crypto";
import Link from "next/link";
import type { FieldView, StepView } from "@/lib/flows/view";
import { getTranslator } from "@/lib/i18n/request";
import type { Translator } from "@/lib/messages";
import { ResendButton } from "./resend-button";
import { PasswordStrength } from "./password-strength";
import { PasswordInput } from "./password-input";
import { StepFocus } from "./step-focus";
import { StepIndicator } from "./step-indicator";
import { SubmitButton } from "./submit-button";
import { rich } from "./rich";

const inputTypes: Record<string, { type: string; autoComplete?: string; inputMode?: "numeric" | "email" }> = {
  email: { type: "email", autoComplete: "email", inputMode: "email" },
  phone: { type: "tel", autoComplete: "tel-national" },
  captcha: { type: "text", autoComplete: "off" },
  code: { type: "text", autoComplete: "one-time-code", inputMode: "numeric" },
  username: { type: "text", autoComplete: "username" },
  "new-password": { type: "password", autoComplete: "new-password" },
  "confirm-password": { type: "password", autoComplete: "new-password" },
  text: { type: "text" },
  "auth-code": { type: "text", autoComplete: "off", inputMode: "numeric" },
};

function Field({ field, first, i18n }: { field: FieldView; first?: boolean; i18n: Translator }) {
  const id = `field-${field.name}`;
  const describedBy = [field.hint && `${id}-hint`, field.error && `${id}-error`].filter(Boolean).join(" ") || undefined;
  const hint = field.hint && (
    <p id={`${id}-hint`} className="mt-1 text-xs text-zinc-600">
      {field.hint}
    </p>
  );
  const error = field.error && (
    <p id={`${id}-error`} className="mt-1 text-sm text-red-700">
      {field.error.message}
    </p>
  );
  if (field.kind === "device") {
    const options = field.options ?? [];
    return (
      <fieldset aria-describedby={describedBy}>
        <legend className="text-sm font-medium">{field.label}</legend>
        {options.length === 0 ? (
          <p className="mt-2 rounded-md bg-amber-50 p-3 text-sm text-amber-900">{i18n.t("wizard.step.noDevice")}</p>
        ) : (
          <ul className="mt-2 space-y-2">
            {options.map((o) => (
              <li key={o.value}>
                <label className="flex cursor-pointer items-start gap-3 rounded-md border border-zinc-200 p-3 text-sm has-[:checked]:border-brand has-[:checked]:bg-brand/5">
                  <input
                    type="radio"
                    id={o === options[0] ? id : undefined}
                    name={field.name}
                    value={o.value}
                    defaultChecked={field.value === o.value}
                    required={field.required}
                    autoFocus={first && o === options[0]}
                    className="mt-1 accent-brand"
                  />
                  <span>
                    <span className="block font-medium">{o.label}</span>
                    <span className="block text-xs text-zinc-600">{o.detail}</span>
                  </span>
                </label>
              </li>
            ))}
          </ul>
        )}
        {error}
      </fieldset>
    );
  }
  if (field.kind === "photo") {
    return (
      <div>
        <label htmlFor={id} className="block text-sm font-medium">
          {field.label}
        </label>
        <input
          id={id}
          name={field.name}
          type="file"
          accept="image/jpeg,image/png,image/webp"
          required={field.required}
          autoFocus={first}
          aria-invalid={field.error ? true : undefined}
          aria-describedby={describedBy}
          className="mt-1 block w-full text-sm file:mr-3 file:rounded-md file:border-0 file:bg-zinc-100 file:px-3 file:py-2"
        />
        {hint}
        {error}
      </div>
    );
  }
  if (field.kind === "checkbox") {
    return (
      <div>
        <label className="flex items-start gap-2 text-sm">
          <input
            id={id}
            type="checkbox"
            name={field.name}
            defaultChecked={field.value === true}
            required={field.required}
            autoFocus={first}
            aria-invalid={field.error ? true : undefined}
            aria-describedby={describedBy}
            className="mt-0.5 size-4 accent-brand"
          />
          <span>{field.label}</span>
        </label>
        {field.links?.length ? (
          <p className="ml-6 mt-1 text-xs text-zinc-600">
            {rich(i18n, "wizard.step.readLinks", {
              links: field.links.map((l, i) => (
                <span key={l.href}>
                  {i > 0 && i18n.t("wizard.step.linksAnd")}
                  <Link href={l.href} className="link" target="_blank">
                    {l.label}
                  </Link>
                </span>
              )),
            })}
          </p>
        ) : null}
        {field.error && (
          <p id={`${id}-error`} className="ml-6 mt-1 text-sm text-red-700">
            {field.error.message}
          </p>
        )}
      </div>
    );
  }
  const t = inputTypes[field.kind] ?? { type: "text" };
  const keep = t.type !== "password" && field.kind !== "captcha" && field.kind !== "code";
  const inputProps = {
    name: field.name,
    autoComplete: field.autoComplete ?? t.autoComplete,
    inputMode: t.inputMode,
    required: field.required,
    maxLength: field.kind === "new-password" || field.kind === "confirm-password" ? 128 : 254,
    autoCapitalize: field.kind === "captcha" ? "characters" : "none",
    spellCheck: false,
    autoFocus: first,
    "aria-invalid": field.error ? true : undefined,
    "aria-describedby": describedBy,
  } as const;
  return (
    <div>
      <label htmlFor={id} className="block text-sm font-medium">
        {field.label}
      </label>
      {field.captcha && (
        <div className="mt-1 flex items-center gap-2">
          {/* eslint-disable-next-line @next/next/no-img-element -- an inline data URI, nothing to optimise */}
          <img src={field.captcha.image} alt={i18n.t("wizard.step.captchaAlt")} width={132} height={44} className="rounded border border-zinc-200" />
          <SubmitButton name="intent" value="refresh-captcha" formNoValidate className="btn-secondary" workingLabel={i18n.t("wizard.step.working")}>
            {i18n.t("wizard.step.refresh")}
          </SubmitButton>
          <input type="hidden" name="captchaId" value={field.captcha.id} />
        </div>
      )}
      {field.countryCode && (
        <div className="mt-1 flex items-center gap-2 text-sm">
          <label htmlFor={`${id}-country-code`} className="text-zinc-600">
            {i18n.t("wizard.step.countryCode")}
          </label>
          <input id={`${id}-country-code`} value={field.countryCode} readOnly className="input w-20 bg-zinc-100" />
        </div>
      )}
      {t.type === "password" ? (
        <PasswordInput id={id} {...inputProps} showLabel={i18n.t("wizard.password.show")} hideLabel={i18n.t("wizard.password.hide")} />
      ) : (
        <input id={id} type={t.type} {...inputProps} defaultValue={keep && typeof field.value === "string" ? field.value : undefined} className="input mt-1" />
      )}
      {field.kind === "new-password" && (
        <PasswordStrength
          inputId={id}
          words={{
            strength: i18n.t("wizard.password.strength", { label: "{label}" }),
            labels: [i18n.t("wizard.password.tooWeak"), i18n.t("wizard.password.weak"), i18n.t("wizard.password.fair"), i18n.t("wizard.password.good"), i18n.t("wizard.password.strong")],
          }}
        />
      )}
      {hint}
      {error}
    </div>
  );
}

/**
 * What went wrong, at the top of the step: the step's own message, and a link to each field that
 * needs attention (the field shows its message beside it). It takes focus after a refused
 * submission and is announced as an alert.
 */
function ErrorSummary({ view, i18n }: { view: StepView; i18n: Translator }) {
  const fields = view.fields.filter((f) => f.error);
  if (!view.error && !fields.length) return null;
  return (
    <div id="error-summary" role="alert" tabIndex={-1} className="mt-4 rounded-md bg-red-50 p-3 text-sm text-red-700 focus:outline focus:outline-2 focus:outline-red-700">
      {view.error && <p>{view.error.message}</p>}
      {fields.length > 0 && (
        <p className={view.error ? "mt-1" : undefined}>
          {rich(i18n, "wizard.step.check", {
            fields: fields.map((f, i) => (
              <span key={f.name}>
                {i > 0 && (i === fields.length - 1 ? i18n.t("wizard.step.listAnd") : i18n.t("wizard.step.listComma"))}
                <a href={`#field-${f.name}`} className="font-medium underline">
                  {f.label}
                </a>
              </span>
            )),
          })}
        </p>
      )}
    </div>
  );
}

/** Renders any flow step from its description; posts to the flow's server action. */
export async function StepForm({ view, action }: { view: StepView; action: (formData: FormData) => Promise<void> }) {
  const i18n = await getTranslator();
  const working = i18n.t("wizard.step.working");
  const hasErrors = Boolean(view.error || view.fields.some((f) => f.error));
  const firstField = view.fields[0];
  return (
    <section className="card" aria-labelledby="step-title">
      {view.progress && <StepIndicator {...view.progress} />}
      <h1 id="step-title" className="text-xl font-bold">
        {view.title}
      </h1>
      {view.description && <p className="mt-1 text-sm text-zinc-600">{view.description}</p>}
      {view.warning && (
        <p role="status" className="notice-warning mt-3">
          <svg aria-hidden="true" viewBox="0 0 20 20" className="mt-0.5 h-4 w-4 shrink-0 fill-amber-600">
            <path d="M10 2 1 18h18L10 2zm-1 6h2v5H9V8zm0 6h2v2H9v-2z" />
          </svg>
          <span>{view.warning}</span>
        </p>
      )}
      <ErrorSummary view={view} i18n={i18n} />
      {(hasErrors || firstField) && (
        <StepFocus target={hasErrors ? "error-summary" : `field-${firstField!.name}`} revision={view.revision} renderId={randomUUID()} />
      )}
      {/* Function actions post multipart form data, so a photo field needs nothing more. */}
      <form action={action} className="mt-5 flex flex-col gap-4">
        <input type="hidden" name="flowId" value={view.id} />
        <input type="hidden" name="revision" value={view.revision} />
        {view.submit && (
          <SubmitButton hiddenDefault name="intent" value={view.submit.event} className="absolute -left-[9999px] size-px overflow-hidden" />
        )}
        {view.tabs && (
          <div role="group" aria-label={i18n.t("wizard.step.registerWith")} className="grid grid-cols-2 gap-1 rounded-lg bg-zinc-100 p-1 text-sm">
            <span aria-current="true" className="rounded-md bg-white px-3 py-2 text-center font-semibold shadow-sm">
              {view.tabs.current}
            </span>
            {view.tabs.others.map((t) => (
              <SubmitButton key={t.event} name="intent" value={t.event} formNoValidate className="rounded-md px-3 py-2 text-zinc-700 hover:bg-white" workingLabel={working}>
                {t.label}
              </SubmitButton>
            ))}
          </div>
        )}
        {view.fields.map((f, i) => (
          <Field key={f.name} field={f} first={i === 0 && !hasErrors} i18n={i18n} />
        ))}
        {view.submit && (
          <SubmitButton name="intent" value={view.submit.event} className="btn-primary" workingLabel={working}>
            {view.submit.label}
          </SubmitButton>
        )}
        {view.actions.length > 0 && (
          <div className="flex flex-wrap gap-2">
            {view.actions.map((a) =>
              a.availableAtPath ? (
                <ResendButton
                  key={a.event}
                  label={a.label}
                  event={a.event}
                  availableAt={a.availableAt}
                  waiting={i18n.t("wizard.step.resendIn", { label: a.label, seconds: "{seconds}" })}
                  workingLabel={working}
                />
              ) : (
                <SubmitButton key={a.event} name="intent" value={a.event} formNoValidate className="btn-secondary" workingLabel={working}>
                  {a.label}
                </SubmitButton>
              ),
            )}
          </div>
        )}
      </form>
      {view.links.length > 0 && (
        <ul className="mt-4 space-y-1 text-sm">
          {view.links.map((l) => (
            <li key={l.href}>
              <Link href={l.href} className="link">
                {l.label}
              </Link>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
