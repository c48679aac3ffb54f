import Link from "next/link";
import type { Problem } from "@/lib/studio/edit";
import { problemText } from "@/lib/studio/words";

/** What stops the draft (or what was just refused), as sentences with a link to the step. */
export function ProblemsPanel({ flow, definition, problems, refused }: { flow: string; definition: Record<string, unknown>; problems: Problem[]; refused: boolean }) {
  if (!problems.length) return null;
  return (
    <section role="alert" aria-labelledby="problems-title" className="rounded-md bg-red-50 p-3 text-sm text-red-800">
      <h2 id="problems-title" className="font-semibold">
        {refused ? "Not done:" : "This draft cannot be published yet:"}
      </h2>
      <ul className="mt-1 list-disc pl-5">
        {problems.map((p, i) => {
          const shown = problemText(definition, p);
          const top = shown.step?.split(".")[0];
          return (
            <li key={i}>
              {shown.text}{" "}
              {top ? (
                <Link href={`/studio/${flow}?step=${encodeURIComponent(top)}`} className="underline">
                  Open the step ({top})
                </Link>
              ) : shown.anchor ? (
                <a href={shown.anchor} className="underline">
                  Open the settings
                </a>
              ) : null}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
