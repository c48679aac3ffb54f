/**
 * What a page shows when a request failed part-way (the database was unreachable, say): the step
 * was not saved, and the same action can simply be repeated. Used by app/error.tsx and
 * app/global-error.tsx.
 */
export const TRY_AGAIN_TITLE = "Please try again";
export const TRY_AGAIN_TEXT = "We could not finish that just now. Nothing was saved halfway: wait a moment, then try again.";

/** The page's words in the page's language; English when not given. */
export type TryAgainWords = { title: string; text: string; button: string };

export function TryAgain({ onRetry, words = { title: TRY_AGAIN_TITLE, text: TRY_AGAIN_TEXT, button: "Try again" } }: { onRetry: () => void; words?: TryAgainWords }) {
  return (
    <section aria-labelledby="try-again-title" className="space-y-4">
      <h1 id="try-again-title" className="text-xl font-bold">
        {words.title}
      </h1>
      <p>{words.text}</p>
      <button type="button" className="btn-primary" onClick={onRetry}>
        {words.button}
      </button>
    </section>
  );
}
