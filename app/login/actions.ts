"use server";

import { AuthError } from "next-auth";
import { redirect } from "next/navigation";
import { z } from "zod";
import { signIn, signOut } from "@/lib/auth";

const form = z.object({
  identifier: z.string().trim().min(1).max(254),
  password: z.string().min(1).max(1024),
});

function safeNext(next: unknown): string {
  return typeof next === "string" && next.startsWith("/") && !next.startsWith("//") ? next : "/account";
}

export async function signInAction(formData: FormData): Promise<void> {
  const parsed = form.safeParse({ identifier: formData.get("identifier"), password: formData.get("password") });
  const identifier = String(formData.get("identifier") ?? "").slice(0, 254);
  const back = (error: string) =>
    redirect(`/login?${new URLSearchParams({ error, identifier, next: safeNext(formData.get("next")) })}`);
  if (!parsed.success) back("missing");
  try {
    await signIn("credentials", { ...parsed.data, redirectTo: safeNext(formData.get("next")) });
  } catch (error) {
    if (error instanceof AuthError) {
      const code = (error as AuthError & { code?: string }).code;
      back(code === "rate_limited" ? "limited" : "invalid");
    }
    throw error; // the redirect on success
  }
}

export async function signOutAction(): Promise<void> {
  await signOut({ redirectTo: "/login?signedOut=1" });
}
