"use server";

import { redirect } from "next/navigation";
import { z } from "zod";
import { issueAuthCodes } from "@/lib/accounts/company";
import { requireUser } from "@/lib/auth/guard";
import { setFlash } from "@/lib/http/flash";
import { plainText } from "@/lib/validation/plain-text";
import { getTranslator } from "@/lib/i18n/request";
import type { Translator } from "@/lib/messages";

const form = (i18n: Translator) =>
  z.object({
    count: z.coerce.number().int().min(1, i18n.t("desk.admin.authCodes.atLeastOne")).max(50, i18n.t("desk.admin.authCodes.atMost")),
    note: plainText().trim().max(200).optional(),
  });

/** Issue installer authentication codes. They are shown once, right after issuing; only hashes are kept. */
export async function issueAuthCodesAction(formData: FormData): Promise<void> {
  const admin = await requireUser("/admin/auth-codes", ["admin"]);
  const parsed = form(await getTranslator()).safeParse({ count: formData.get("count"), note: formData.get("note") ?? undefined });
  if (!parsed.success) {
    await setFlash("auth-codes", { notice: parsed.error.issues[0].message }, "/admin/auth-codes");
    redirect("/admin/auth-codes");
  }
  const codes = await issueAuthCodes(parsed.data.count, admin.name ?? admin.id, parsed.data.note);
  // Shown on the page the redirect leads to, then gone: the cookie lives ten seconds.
  await setFlash("auth-codes", { values: { codes: codes.join(",") } }, "/admin/auth-codes", 10);
  redirect("/admin/auth-codes");
}
