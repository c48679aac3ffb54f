/** Class names shared by the desk's pages (the global `.card` is a narrow form column, not a desk panel). */
export const panel = "min-w-0 rounded-xl bg-white p-4 shadow-sm ring-1 ring-zinc-200 sm:p-5";
/** A visible focus ring for keyboard users on links and small buttons. */
export const focusRing = "rounded-sm focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-brand";
