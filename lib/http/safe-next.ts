/**
 * A same-site path to go to after an action, or the fallback. Refuses anything a browser could
 * read as another origin: "//host", "/\host", control characters, schemes.
 */
export function safeNext(next: unknown, fallback = "/account"): string {
  if (typeof next !== "string" || next.length > 500) return fallback;
  if (!next.startsWith("/") || next.startsWith("//") || /[\\\u0000-\u001f\u007f]/.test(next)) return fallback;
  try {
    const url = new URL(next, "http://gatehouse.invalid");
    return url.origin === "http://gatehouse.invalid" ? `${url.pathname}${url.search}${url.hash}` : fallback;
  } catch {
    return fallback;
  }
}
