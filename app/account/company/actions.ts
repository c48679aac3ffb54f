"use server";

import { redirect } from "next/navigation";
import { z } from "zod";
import { requireUser } from "@/lib/auth/guard";
import { authenticateCompany, companyDetailsIn, saveCompanyDetails } from "@/lib/accounts/company";
import { getTranslator } from "@/lib/i18n/request";
import { setFlash } from "@/lib/http/flash";
import { formFields, requestClient } from "@/lib/http/form";
import { hasControlCharacters } from "@/lib/validation/plain-text";

const PATH = "/account/company";

const installer = () => requireUser(PATH, ["installer_admin"]);

export async function saveCompanyAction(formData: FormData): Promise<void> {
  const user = await installer();
  const fields = formFields(formData);
  // Its messages in the request's language (the page shows them as they are).
  const parsed = companyDetailsIn(await getTranslator()).safeParse(fields);
  if (!parsed.success) {
    const errors = Object.fromEntries(parsed.error.issues.map((i) => [String(i.path[0]), i.message]));
    // Kept values are trimmed to the field sizes so the cookie that carries them stays small.
    // Text with control characters is not shown again: the person types it anew.
    const values = Object.fromEntries(Object.entries(fields).map(([k, v]) => [k, hasControlCharacters(v) ? "" : v.slice(0, 200)]));
    await setFlash("company", { errors, values }, PATH);
    redirect(PATH);
  }
  await saveCompanyDetails(user.id, parsed.data);
  await setFlash("company", { notice: "saved" }, PATH);
  redirect(PATH);
}

const code = z.string().transform((s) => s.replace(/\s+/g, "")).pipe(z.string().regex(/^\d{10}$/));

export async function authenticateCompanyAction(formData: FormData): Promise<void> {
  const user = await installer();
  const parsed = code.safeParse(formData.get("authCode") ?? "");
  const result = parsed.success ? await authenticateCompany(user.id, parsed.data, (await requestClient()).address) : "malformed";
  await setFlash("company", { notice: `auth_${result}` }, PATH);
  redirect(PATH);
}
