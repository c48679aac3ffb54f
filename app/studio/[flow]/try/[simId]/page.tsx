import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { CountryPicker } from "@/components/country-picker";
import { StepForm } from "@/components/step-form";
import { regionFromParam } from "@/lib/countries";
import { requireUser } from "@/lib/auth/guard";
import { flowEntry } from "@/lib/flows/registry";
import { EDITOR_ROLES } from "@/lib/studio/service";
import { SAMPLE_CODE, showSimulation } from "@/lib/studio/simulate";
import { startTryAction, trySimAction } from "../../../actions";

export const metadata: Metadata = { title: "Try it · Flow studio" };

type Props = { params: Promise<{ flow: string; simId: string }>; searchParams: Promise<Record<string, string | undefined>> };

export default async function TryPage({ params, searchParams }: Props) {
  const { flow, simId } = await params;
  const sp = await searchParams;
  if (!flowEntry(flow)) notFound();
  const me = await requireUser(`/studio/${flow}`, EDITOR_ROLES);
  const sim = await showSimulation(simId, me.name ?? me.id);
  if (!sim || sim.flow !== flow) notFound();
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
          Back to {flow}
        </Link>
      </p>
      <section aria-labelledby="try-title" className="rounded-md bg-amber-50 p-3 text-sm text-amber-900">
        <h1 id="try-title" className="font-semibold">
          Try it: {flow} (simulation)
        </h1>
        <p>
          Nothing is sent, created or signed in. Picture codes and limits always pass; every code is {SAMPLE_CODE}.
        </p>
        <form action={startTryAction} className="mt-2">
          <input type="hidden" name="flow" value={flow} />
          <button type="submit" className="btn-secondary">
            Restart
          </button>
        </form>
      </section>
      {sim.done ? (
        <section className="card">
          <h2 className="text-lg font-bold">{sim.view.title}</h2>
          <p className="mt-1 text-sm text-zinc-600">The flow finished.</p>
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
      <section className="card" aria-labelledby="log-title">
        <h2 id="log-title" className="text-lg font-bold">
          What would happen
        </h2>
        {sim.log.length === 0 ? (
          <p className="mt-2 text-sm text-zinc-600">Nothing yet.</p>
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
