import type { CaseRow } from "@/lib/cases/service";

/** The fields every desk form on a case carries: which case, at which revision, and the queue to return to. */
export function CaseFormFields({ c, queue }: { c: CaseRow; queue: string }) {
  return (
    <>
      <input type="hidden" name="caseId" value={c.id} />
      <input type="hidden" name="revision" value={c.revision} />
      {queue && <input type="hidden" name="queue" value={queue} />}
    </>
  );
}
