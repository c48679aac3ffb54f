import { cookies } from "next/headers";
import { copyLanguageAction, editStepAction, swapStepsAction } from "../../actions";
import { COPY_LANGUAGE_COOKIE, fieldMayBeOptional } from "@/lib/studio/edit";
import { isTranslatedLocale, lookup, translationsOf, type TranslatedLocale } from "@/lib/flows/localize";
import { getTranslator } from "@/lib/i18n/request";
import { draftOf, published } from "@/lib/studio/service";
import { LOCALE_NAMES, LOCALES, type Locale } from "@/lib/messages/locales";
import type { Translator } from "@/lib/messages";
import { panel } from "./panel";

type Json = Record<string, unknown>;

/**
 * One step's copy and fields. The caller keys it by step (and draft revision): the inputs are
 * uncontrolled, and React would otherwise keep the previous step's text in them across navigation.
 * The copy is edited in one language at a time (chosen here, kept in a cookie for the studio):
 * English, the source, with the fields' switches; or the German or Spanish of each English text.
 */
export async function StepEditor({
  flow,
  selected,
  state,
  placeholders,
  swaps,
  definition,
}: {
  flow: string;
  selected: string;
  state: Json | undefined;
  placeholders: readonly string[];
  swaps: string[];
  /** The draft (or published) definition, for the translations it already has. */
  definition?: Json;
}) {
  const i18n = await getTranslator();
  const { t } = i18n;
  const chosen = (await cookies()).get(COPY_LANGUAGE_COOKIE)?.value;
  const language: Locale = isTranslatedLocale(chosen) ? chosen : "en";
  const meta = (state?.meta ?? {}) as Json;
  // The translations live at the definition's root, beside the states: read the draft (or the published version) when the page does not pass it.
  const shown = language === "en" || definition ? definition : ((await draftOf(flow))?.definition ?? (await published(flow)).definition);
  return (
    <section className={panel} aria-labelledby="step-editor-title">
      <h2 id="step-editor-title" className="text-lg font-bold">
        {t("copy.editor.heading", { step: selected })}
      </h2>
      {swaps.map((other) => (
        <form key={other} action={swapStepsAction} className="mt-2">
          <input type="hidden" name="flow" value={flow} />
          <input type="hidden" name="step" value={selected} />
          <input type="hidden" name="other" value={other} />
          <button type="submit" className="btn-secondary">
            {t("copy.editor.swap", { other })}
          </button>
        </form>
      ))}
      {!state?.meta ? (
        <p className="mt-2 text-sm text-zinc-600">{t("copy.editor.noScreen")}</p>
      ) : (
        <>
          <form action={copyLanguageAction} className="mt-3 text-sm">
            <input type="hidden" name="flow" value={flow} />
            <input type="hidden" name="step" value={selected} />
            <fieldset className="flex flex-wrap items-center gap-3">
              <legend className="mb-1 font-medium">{t("copy.editor.language")}</legend>
              {LOCALES.map((l) => (
                <label key={l} className="flex items-center gap-1" lang={l}>
                  <input type="radio" name="lang" value={l} defaultChecked={l === language} className="size-4 accent-brand" />
                  {LOCALE_NAMES[l]}
                </label>
              ))}
              <button type="submit" className="btn-secondary">
                {t("copy.editor.showLanguage")}
              </button>
            </fieldset>
          </form>
          {language === "en" ? (
            <EnglishForm key="en" flow={flow} selected={selected} meta={meta} placeholders={placeholders} t={t} />
          ) : (
            <TranslationForm key={language} flow={flow} selected={selected} meta={meta} language={language} definition={shown} t={t} />
          )}
        </>
      )}
    </section>
  );
}

type FormProps = { flow: string; selected: string; meta: Json; t: Translator["t"] };

function EnglishForm({ flow, selected, meta, placeholders, t }: FormProps & { placeholders: readonly string[] }) {
  const fields = (Array.isArray(meta.fields) ? meta.fields : []) as Json[];
  return (
    <form action={editStepAction} className="mt-3 flex flex-col gap-3 text-sm">
      <input type="hidden" name="flow" value={flow} />
      <input type="hidden" name="step" value={selected} />
      <label className="font-medium" htmlFor="step-title">
        {t("copy.editor.title")}
      </label>
      <input id="step-title" name="title" defaultValue={String(meta.title ?? "")} maxLength={80} className="input" />
      <label className="font-medium" htmlFor="step-description">
        {t("copy.editor.description")}
      </label>
      <textarea id="step-description" name="description" defaultValue={String(meta.description ?? "")} maxLength={400} rows={3} className="input" aria-describedby="step-placeholders" />
      <p id="step-placeholders" className="text-xs text-zinc-600">
        {placeholders.length ? t("copy.editor.placeholders", { list: placeholders.map((p) => `{${p}}`).join(", ") }) : t("copy.editor.noPlaceholders")}
      </p>
      {typeof (meta.submit as Json | undefined)?.label === "string" && (
        <>
          <label className="font-medium" htmlFor="step-submit">
            {t("copy.editor.submit")}
          </label>
          <input id="step-submit" name="submitLabel" defaultValue={String((meta.submit as Json).label)} maxLength={40} className="input" />
        </>
      )}
      {fields.map((f) => (
        <fieldset key={String(f.name)} className="rounded border border-zinc-200 p-3">
          <legend className="px-1 font-medium">{t("copy.editor.field", { name: String(f.name), kind: String(f.kind) })}</legend>
          <input type="hidden" name="fieldNames" value={String(f.name)} />
          <label className="block" htmlFor={`f-${String(f.name)}-label`}>
            {t("copy.editor.label")}
          </label>
          <input id={`f-${String(f.name)}-label`} name={`field:${String(f.name)}:label`} defaultValue={String(f.label ?? "")} maxLength={120} className="input mt-1" />
          <label className="mt-2 block" htmlFor={`f-${String(f.name)}-hint`}>
            {t("copy.editor.hint")}
          </label>
          <input id={`f-${String(f.name)}-hint`} name={`field:${String(f.name)}:hint`} defaultValue={String(f.hint ?? "")} maxLength={240} className="input mt-1" />
          {fieldMayBeOptional(f) && f.required !== true && (
            <label className="mt-2 flex items-center gap-2">
              <input type="hidden" name={`field:${String(f.name)}:switchable`} value="1" />
              <input type="checkbox" name={`field:${String(f.name)}:on`} defaultChecked={f.off !== true} className="size-4 accent-brand" />
              {t("copy.editor.shown")}
            </label>
          )}
          <label className="mt-2 flex items-center gap-2">
            <input type="checkbox" name={`field:${String(f.name)}:required`} defaultChecked={f.required === true} className="size-4 accent-brand" />
            {fieldMayBeOptional(f) ? t("copy.editor.required") : t("copy.editor.requiredAlways")}
          </label>
        </fieldset>
      ))}
      <button type="submit" className="btn-primary self-start">
        {t("copy.editor.save")}
      </button>
    </form>
  );
}

/** The German or Spanish of each English text of the step, with the English under each box. */
function TranslationForm({ flow, selected, meta, language, definition, t }: FormProps & { language: TranslatedLocale; definition?: Json }) {
  const own = translationsOf(definition);
  const languageName = t(`copy.languages.${language}`);
  const fields = ((Array.isArray(meta.fields) ? meta.fields : []) as Json[]).filter((f) => f.off !== true);
  const example = /\{[\w.]+\}/.exec(JSON.stringify(meta))?.[0];
  /** One text: its box (empty while it has no translation), the English it translates, and whether it is missing. */
  const text = ({ id, name, english, max, long }: { id: string; name: string; english: unknown; max: number; long?: boolean }) => {
    if (typeof english !== "string" || !english.trim()) return null;
    const found = lookup(english, language, own);
    return (
      <>
        {long ? (
          <textarea id={id} name={name} lang={language} defaultValue={found?.text ?? ""} maxLength={max} rows={3} className="input mt-1" aria-describedby={`${id}-en`} />
        ) : (
          <input id={id} name={name} lang={language} defaultValue={found?.text ?? ""} maxLength={max} className="input mt-1" aria-describedby={`${id}-en`} />
        )}
        <p id={`${id}-en`} className="text-xs text-zinc-600">
          <span lang="en">{t("copy.editor.english", { text: english })}</span>
          {!found && <strong className="ml-1 text-red-800">{t("copy.editor.missing", { language: languageName })}</strong>}
        </p>
      </>
    );
  };
  const field = (f: Json, part: "label" | "hint") => `f-${String(f.name)}-${part}`;
  return (
    <form action={editStepAction} className="mt-3 flex flex-col gap-2 text-sm">
      <input type="hidden" name="flow" value={flow} />
      <input type="hidden" name="step" value={selected} />
      <input type="hidden" name="lang" value={language} />
      <p className="text-xs text-zinc-600">{t("copy.editor.translating", { language: languageName })}</p>
      {example && <p className="text-xs text-zinc-600">{t("copy.editor.keepPlaceholders", { example })}</p>}
      <label className="font-medium" htmlFor="step-title">
        {t("copy.editor.title")}
      </label>
      {text({ id: "step-title", name: "title", english: meta.title, max: 80 })}
      {typeof meta.description === "string" && meta.description.trim() && (
        <label className="font-medium" htmlFor="step-description">
          {t("copy.editor.description")}
        </label>
      )}
      {text({ id: "step-description", name: "description", english: meta.description, max: 400, long: true })}
      {typeof (meta.submit as Json | undefined)?.label === "string" && (
        <label className="font-medium" htmlFor="step-submit">
          {t("copy.editor.submit")}
        </label>
      )}
      {text({ id: "step-submit", name: "submitLabel", english: (meta.submit as Json | undefined)?.label, max: 40 })}
      {fields.map((f) => (
        <fieldset key={String(f.name)} className="rounded border border-zinc-200 p-3">
          <legend className="px-1 font-medium">{t("copy.editor.field", { name: String(f.name), kind: String(f.kind) })}</legend>
          <label className="block" htmlFor={field(f, "label")}>
            {t("copy.editor.label")}
          </label>
          {text({ id: field(f, "label"), name: `field:${String(f.name)}:label`, english: f.label, max: 120 })}
          {typeof f.hint === "string" && f.hint.trim() && (
            <label className="mt-2 block" htmlFor={field(f, "hint")}>
              {t("copy.editor.hint")}
            </label>
          )}
          {text({ id: field(f, "hint"), name: `field:${String(f.name)}:hint`, english: f.hint, max: 240 })}
        </fieldset>
      ))}
      <button type="submit" className="btn-primary self-start">
        {t("copy.editor.save")}
      </button>
    </form>
  );
}
