import { getTranslator } from "@/lib/i18n/request";

/** "Step 2 of 4" above a wizard step, from the flow definition's main path, in the request's language. */
export async function StepIndicator({ step, of }: { step: number; of: number }) {
  const i18n = await getTranslator();
  return (
    <div className="mb-2">
      <p className="text-xs font-semibold uppercase tracking-wide text-zinc-600">
        {i18n.t("wizard.step.stepOf", { step, of })}
      </p>
      <div className="mt-1 flex gap-1" aria-hidden="true">
        {Array.from({ length: of }, (_, i) => (
          <span key={i} className={`h-1 flex-1 rounded-full ${i < step ? "bg-brand" : "bg-zinc-200"}`} />
        ))}
      </div>
    </div>
  );
}
