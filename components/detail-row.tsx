import type { ReactNode } from "react";

/** One term and its value in a definition list (`<dl>`) of account details; `dense` for a short list inside a card. */
export function DetailRow({ term, dense = false, children }: { term: string; dense?: boolean; children: ReactNode }) {
  return (
    <div className={dense ? "flex justify-between py-1" : "flex justify-between py-2"}>
      <dt className="text-zinc-600">{term}</dt>
      <dd className="font-medium">{children}</dd>
    </div>
  );
}
