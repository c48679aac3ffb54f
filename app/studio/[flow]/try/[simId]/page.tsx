import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { CountryPicker } from "@/components/country-picker";
import { StepForm } from "@/components/step-form";
import { regionFromParam } from "@/lib/countries";
import { requireUser } from "@/lib/auth/guard";
import { flowEntry } from "@/lib/flows/registry";
import { EDITOR_ROLES } from "@/lib/studio/service";
import { outcomesFor, outcomeWords, SAMPLE_CODE, showSimulation } from "@/lib/studio/simulate";
import { chosenOutcomes } from "@/lib/studio/try-outcomes";
import { flowTitle } from "@/lib/studio/words";
import { startTryAction, trySimAction, tryOutcomesAction } from "../../../actions";
import { panel } from "../../_panels/panel";
import { ActionButton } from "@/components/action-button";
import { getTranslator } from "@/lib/i18n/request";
import { Options } from "@/components/options";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslator()).t("studio.try.metaTitle") };
}

type Props = { params: Promise<{ flow: string; simId: string }>; searchParams: Promise<Record<string, string | undefined>> };

export default async function TryPage({ params, searchParams }: Props) {
  const { flow, simId } = await params;
  const sp = await searchParams;
  if (!flowEntry(flow)) notFound();
  const me = await requireUser(`/studio/${flow}`, EDITOR_ROLES);
  const i18n = await getTranslator();
  const sim = await showSimulation(simId, me.name ?? me.id, i18n);
  if (!sim || sim.flow !== flow) notFound();
  const asked = outcomesFor(flow);
  const outcomes = await chosenOutcomes(flow, simId);
  // The step form posts to the studio, never to the live flow; the flow name rides along for the role check.
  async function step(formData: FormData) {
    "use server";
    formData.set("flow", flow);
    await trySimAction(formData);
  }
  return (
    <div className="space-y-6">
      <p className="text-sm">
        <Link href={`/studio/${flow}`} className="link">
          {i18n.t("studio.rollback.backTo", { flow: flowTitle(flow, i18n) })}
        </Link>
      </p>
      <section aria-labelledby="try-title" className="rounded-md bg-amber-50 p-3 text-sm text-amber-900">
        <h1 id="try-title" className="font-semibold">
          {i18n.t("studio.try.title", { flow: flowTitle(flow, i18n) })}
        </h1>
        <p>
          {i18n.t("studio.try.intro", { code: SAMPLE_CODE })}
        </p>
        <ActionButton action={startTryAction} name="flow" value={flow} className="mt-2">
          {i18n.t("studio.try.restart")}
        </ActionButton>
      </section>
      {sim.done ? (
        <section className={panel}>
          <h2 className="text-lg font-bold">{sim.view.title}</h2>
          <p className="mt-1 text-sm text-zinc-600">{i18n.t("studio.try.finished")}</p>
        </section>
      ) : sim.view.step === "country" ? (
        // The same screens as the live flow, country picker included.
        <CountryPicker
          basePath={`/studio/${flow}/try/${simId}`}
          region={regionFromParam(sp.region)}
          query={sp.q}
          confirm={sp.confirm}
          action={step}
          hidden={{ flowId: simId, revision: sim.view.revision, intent: "SELECT_COUNTRY" }}
          error={sim.view.fields[0]?.error?.message ?? sim.view.error?.message}
          note={sim.view.description}
        />
      ) : (
        <StepForm view={sim.view} action={step} />
      )}
      {!sim.done && sim.routes.length > 0 && (
        <section className={panel} aria-labelledby="routes-title">
          <h2 id="routes-title" className="text-lg font-bold">
            {i18n.t("studio.try.routes")}
          </h2>
          <p className="mt-1 text-xs text-zinc-600">{i18n.t("studio.try.routesHint")}</p>
          <ul className="mt-2 list-disc space-y-0.5 pl-5 text-sm">
            {sim.routes.map((r, i) => (
              <li key={i}>{r.text}</li>
            ))}
          </ul>
        </section>
      )}
      {asked.length > 0 && (
        <section className={panel} aria-labelledby="answers-title">
          <h2 id="answers-title" className="text-lg font-bold">
            {i18n.t("studio.try.answers")}
          </h2>
          <form action={tryOutcomesAction} className="mt-2 flex flex-wrap items-end gap-3 text-sm">
            <input type="hidden" name="flow" value={flow} />
            <input type="hidden" name="flowId" value={simId} />
            {asked.map((key) => {
              const words = outcomeWords(key, i18n);
              return (
              <div key={key}>
                <label htmlFor={`outcome-${key}`} className="block font-medium">
                  {words.label}
                </label>
                <select id={`outcome-${key}`} name={key} defaultValue={outcomes[key]} className="input mt-1">
                  <Options labels={words.options} />
                </select>
              </div>
              );
            })}
            <button type="submit" className="btn-secondary">
              {i18n.t("studio.try.useAnswers")}
            </button>
          </form>
        </section>
      )}
      <section className={panel} aria-labelledby="log-title">
        <h2 id="log-title" className="text-lg font-bold">
          {i18n.t("studio.try.log")}
        </h2>
        {sim.log.length === 0 ? (
          <p className="mt-2 text-sm text-zinc-600">{i18n.t("studio.try.nothingYet")}</p>
        ) : (
          <ol className="mt-2 space-y-1 font-mono text-xs">
            {sim.log.map((line, i) => (
              <li key={i}>{line}</li>
            ))}
          </ol>
        )}
      </section>
    </div>
  );
}
