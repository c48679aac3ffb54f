/** "2026-11-23 07:19 UTC": the server does not know the reader's time zone, so it says which it uses. */
export function utcMinute(d: Date | number): string {
  return `${new Date(d).toISOString().slice(0, 16).replace("T", " ")} UTC`;
}
