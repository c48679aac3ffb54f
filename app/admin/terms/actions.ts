"use server";

import { redirect } from "next/navigation";
import { z } from "zod";
import { publishTerms } from "@/lib/accounts/terms";
import { requireUser } from "@/lib/auth/guard";
import { plainText } from "@/lib/validation/plain-text";

const form = z.object({
  version: z.string().trim().regex(/^[\w.-]{1,40}$/, "Use letters, digits, dots and dashes (for example 2026-12-01)."),
  summary: plainText({ multiline: true }).trim().min(1, "Say what changed.").max(500),
});

export async function publishTermsAction(formData: FormData): Promise<void> {
  await requireUser("/admin/terms", ["admin"]);
  const parsed = form.safeParse({ version: formData.get("version"), summary: formData.get("summary") });
  if (!parsed.success) redirect(`/admin/terms?error=${encodeURIComponent(parsed.error.issues[0].message)}`);
  const result = await publishTerms(parsed.data.version, parsed.data.summary);
  redirect(`/admin/terms?${result === "published" ? "published" : "error"}=${encodeURIComponent(result === "published" ? parsed.data.version : "That version already exists.")}`);
}
