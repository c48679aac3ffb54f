import "server-only";
import { headers } from "next/headers";
import type { ClientInfo } from "@/lib/flows/runtime";
import { clientAddressFrom } from "./client";

/** The plain string fields of a submitted form (framework fields starting with `$` are left out). */
export function formFields(formData: FormData): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of formData.entries()) {
    if (typeof v === "string" && !k.startsWith("$") && !(k in out)) out[k] = v;
  }
  return out;
}

export async function requestClient(): Promise<ClientInfo> {
  const h = await headers();
  return { address: clientAddressFrom(h), userAgent: h.get("user-agent") ?? undefined };
}
