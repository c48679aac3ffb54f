/** The studio's boxes: like `.card`, but as wide as the page (the studio needs room for the diagram and tables). */
export const panel = "rounded-xl bg-white p-4 shadow-sm ring-1 ring-zinc-200 sm:p-6";
