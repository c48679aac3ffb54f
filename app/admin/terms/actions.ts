"use server";

import { redirect } from "next/navigation";
import { z } from "zod";
import { publishTerms } from "@/lib/accounts/terms";
import { requireUser } from "@/lib/auth/guard";
import { plainText } from "@/lib/validation/plain-text";
import { getTranslator } from "@/lib/i18n/request";
import type { Translator } from "@/lib/messages";

const form = (i18n: Translator) =>
  z.object({
    version: z.string().trim().regex(/^[\w.-]{1,40}$/, i18n.t("desk.admin.terms.versionFormat")),
    summary: plainText({ multiline: true }).trim().min(1, i18n.t("desk.admin.terms.sayWhatChanged")).max(500),
  });

export async function publishTermsAction(formData: FormData): Promise<void> {
  await requireUser("/admin/terms", ["admin"]);
  const i18n = await getTranslator();
  const parsed = form(i18n).safeParse({ version: formData.get("version"), summary: formData.get("summary") });
  if (!parsed.success) redirect(`/admin/terms?error=${encodeURIComponent(parsed.error.issues[0].message)}`);
  const result = await publishTerms(parsed.data.version, parsed.data.summary);
  redirect(`/admin/terms?${result === "published" ? "published" : "error"}=${encodeURIComponent(result === "published" ? parsed.data.version : i18n.t("desk.admin.terms.exists"))}`);
}
