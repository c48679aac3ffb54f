import "server-only";
import { and, desc, eq, isNotNull, isNull, sql } from "drizzle-orm";
import { z } from "zod";
import { getDb } from "@/lib/db/client";
import { companies, installerAuthCodes } from "@/lib/db/schema";
import { now } from "@/lib/clock";
import { hashSecret, randomDigits } from "@/lib/security/secrets";
import { hit, limits } from "@/lib/security/rate-limit";
import { plainText } from "@/lib/validation/plain-text";
import { translator, type Translator } from "@/lib/messages";

/** What an installer authentication code is hashed for (see hashSecret). */
export const AUTH_CODE_PURPOSE = "installer-auth-code";

export type Company = typeof companies.$inferSelect;

export async function companyOf(ownerId: string): Promise<Company | undefined> {
  const db = await getDb();
  const [row] = await db.select().from(companies).where(eq(companies.ownerId, ownerId));
  return row;
}

/** The company information form, its messages in `i18n`'s language. There is deliberately no country: it is fixed at registration. */
export function companyDetailsIn(i18n: Translator) {
  const text = (max: number, label: "name" | "address" | "city" | "region" | "postalCode" | "website") =>
    plainText().trim().max(max, i18n.t("account.errors.fieldTooLong", { field: i18n.t(`account.company.${label}`), max }));
  return z.object({
    name: text(100, "name").min(1, i18n.t("account.errors.companyName")),
    address: text(200, "address").min(1, i18n.t("account.errors.companyAddress")),
    city: text(100, "city").min(1, i18n.t("account.errors.companyCity")),
    region: text(100, "region"),
    postalCode: text(20, "postalCode").min(1, i18n.t("account.errors.companyPostalCode")),
    website: text(200, "website").refine((v) => v === "" || /^https?:\/\/[^\s/]+\.[^\s]+$/.test(v), i18n.t("account.errors.companyWebsite")),
  });
}

/** The form in English (for code without a reader). */
export const companyDetails = companyDetailsIn(translator("en"));

export type CompanyDetails = z.infer<typeof companyDetails>;

export async function saveCompanyDetails(ownerId: string, details: CompanyDetails): Promise<void> {
  const db = await getDb();
  await db
    .update(companies)
    .set({ ...details, website: details.website || null, region: details.region || null, detailsCompletedAt: new Date(now()) })
    .where(eq(companies.ownerId, ownerId));
}

/**
 * Authenticate later with a 10-digit code from the company page. Single use, claimed atomically;
 * wrong codes count against the client's limit so codes cannot be guessed.
 */
class AlreadyOrInvalid extends Error {
  constructor(public result: "invalid" | "already") {
    super(result);
  }
}

export async function authenticateCompany(ownerId: string, code: string, client: string): Promise<"authenticated" | "invalid" | "limited" | "already"> {
  const db = await getDb();
  const company = await companyOf(ownerId);
  if (!company) return "invalid";
  if (company.authenticatedAt) return "already";
  if (!(await hit(db, limits.authCodeAttemptsPerClient, client)).allowed) return "limited";
  try {
    return await db.transaction(async (tx) => {
      // The company first: of two submissions at once (two codes), only one authenticates it.
      const [company2] = await tx
        .update(companies)
        .set({ authenticatedAt: new Date(now()) })
        .where(and(eq(companies.id, company.id), isNull(companies.authenticatedAt)))
        .returning({ id: companies.id });
      if (!company2) throw new AlreadyOrInvalid("already");
      const [claimed] = await tx
        .update(installerAuthCodes)
        .set({ usedAt: new Date(now()), companyId: company.id })
        .where(and(eq(installerAuthCodes.codeHash, hashSecret(AUTH_CODE_PURPOSE, code)), isNull(installerAuthCodes.usedAt)))
        .returning({ codeHash: installerAuthCodes.codeHash });
      if (!claimed) throw new AlreadyOrInvalid("invalid"); // rolls the company back too
      return "authenticated" as const;
    });
  } catch (error) {
    if (error instanceof AlreadyOrInvalid) return error.result;
    throw error;
  }
}

/** Issue authentication codes (admins; also the demo seed and tests). Returns the codes once. */
export async function issueAuthCodes(count: number, issuedBy: string, note?: string): Promise<string[]> {
  const db = await getDb();
  const codes = Array.from({ length: count }, () => randomDigits(10));
  await db.insert(installerAuthCodes).values(codes.map((c) => ({ codeHash: hashSecret(AUTH_CODE_PURPOSE, c), issuedBy, note })));
  return codes;
}

/** For the admin page: how many codes were issued and used, and the ten used last. */
export async function authCodeSummary() {
  const db = await getDb();
  const [[{ issued, used }], recent] = await Promise.all([
    db.select({ issued: sql<number>`count(*)::int`, used: sql<number>`count(${installerAuthCodes.usedAt})::int` }).from(installerAuthCodes),
    db.select().from(installerAuthCodes).where(isNotNull(installerAuthCodes.usedAt)).orderBy(desc(installerAuthCodes.usedAt)).limit(10),
  ]);
  return { issued, used, recent };
}
