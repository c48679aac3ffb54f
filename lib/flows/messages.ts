import { now } from "@/lib/clock";
import { has, t } from "@/lib/messages";

/** The words shown for each error code a machine or the runtime can report (lib/messages/en.ts, `flow`). */
export function errorMessage(code: string, params: Record<string, string | number> = {}): string {
  const key = `flow.${code}`;
  if (!has(key)) return t("common.invalid");
  // Limits carry the time they lift (`until`, epoch ms); the words say how many minutes are left.
  const minutes = params.until === undefined ? undefined : Math.max(1, Math.ceil((Number(params.until) - now()) / 60_000));
  return t(key, minutes === undefined ? params : { ...params, minutes });
}
