/**
 * What a page shows when a request failed part-way (the database was unreachable, say): the step
 * was not saved, and the same action can simply be repeated. Used by app/error.tsx and
 * app/global-error.tsx.
 */
export const TRY_AGAIN_TITLE = "Please try again";
export const TRY_AGAIN_TEXT = "We could not finish that just now. Nothing was saved halfway: wait a moment, then try again.";

export function TryAgain({ onRetry }: { onRetry: () => void }) {
  return (
    <section aria-labelledby="try-again-title" className="space-y-4">
      <h1 id="try-again-title" className="text-xl font-bold">
        {TRY_AGAIN_TITLE}
      </h1>
      <p>{TRY_AGAIN_TEXT}</p>
      <button type="button" className="btn-primary" onClick={onRetry}>
        Try again
      </button>
    </section>
  );
}
