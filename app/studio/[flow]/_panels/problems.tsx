import Link from "next/link";
import type { Problem } from "@/lib/studio/edit";
import { inDefinition, problemText } from "@/lib/studio/words";
import { translationProblemParts } from "@/lib/flows/localize";
import { getTranslator } from "@/lib/i18n/request";
import type { Translator } from "@/lib/messages";

/** A translation problem in the studio's language; any other problem as problemText says it. */
function say(i18n: Translator, definition: Record<string, unknown>, p: Problem): { text: string; step?: string; anchor?: string } {
  const { t } = i18n;
  const shown = problemText(definition, p, i18n);
  const parts = translationProblemParts(p.message);
  if (!parts) return shown;
  const language = t(`copy.languages.${parts.locale}`);
  const list = parts.list === "none" ? t("copy.problems.none") : (parts.list ?? "");
  const step = parts.step === undefined ? "" : inDefinition(definition, parts.step, i18n);
  const text =
    parts.kind === "missing"
      ? t("copy.problems.missing", { step, language, text: parts.text })
      : parts.kind === "placeholders"
        ? t("copy.problems.placeholders", { step, language, text: parts.text, list })
        : t("copy.problems.editorPlaceholders", { language, text: parts.text, list });
  return { ...shown, text };
}

/**
 * What stops the draft (or what was just refused), as sentences with a link to the step. A missing
 * German or Spanish text is listed when publishing refuses it (trying a draft needs none; the step
 * editor marks each text still without a translation).
 */
export async function ProblemsPanel({ flow, definition, problems, refused }: { flow: string; definition: Record<string, unknown>; problems: Problem[]; refused: boolean }) {
  const all = problems;
  if (!all.length) return null;
  const i18n = await getTranslator();
  const { t } = i18n;
  return (
    <section role="alert" aria-labelledby="problems-title" className="rounded-md bg-red-50 p-3 text-sm text-red-800">
      <h2 id="problems-title" className="font-semibold">
        {refused ? t("copy.problems.refused") : t("copy.problems.blocked")}
      </h2>
      <ul className="mt-1 list-disc pl-5">
        {all.map((p, i) => {
          const shown = say(i18n, definition, p);
          const top = shown.step?.split(".")[0];
          return (
            <li key={i}>
              {shown.text}{" "}
              {top ? (
                <Link href={`/studio/${flow}?step=${encodeURIComponent(top)}`} className="underline">
                  {t("copy.problems.openStep", { step: top })}
                </Link>
              ) : shown.anchor ? (
                <a href={shown.anchor} className="underline">
                  {t("copy.problems.openSettings")}
                </a>
              ) : null}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
