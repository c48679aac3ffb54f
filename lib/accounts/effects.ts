import { and, eq, isNull } from "drizzle-orm";
import { accountEvents, companies, installerAuthCodes, termsAcceptances, users } from "@/lib/db/schema";
import { enqueueMessage } from "@/lib/messaging/outbox";
import { revokeSessions } from "@/lib/auth/sessions";
import { issueAccountConfirmation } from "@/lib/accounts/confirmation";
import { currentTerms } from "@/lib/accounts/terms";
import { maskContact } from "@/lib/phone";
import { clearAccountLocks } from "@/lib/auth/lockout";
import { forgetAllDevices } from "@/lib/auth/devices";
import { hashSecret } from "@/lib/security/secrets";
import { normalizeEmail, normalizeUsername } from "@/lib/security/usernames";
import { now } from "@/lib/clock";
import { isLocale } from "@/lib/messages/locales";
import { EffectRefused } from "@/lib/flows/effects";
import type { EffectHandlers } from "@/lib/flows/registry";
import { AUTH_CODE_PURPOSE } from "./company";

/** The account effects flows may ask for, carried out in the transaction that stores the flow's step. */
export type AccountEffect =
  | {
      kind: "createAccount";
      username: string;
      email: string | null;
      phone: string | null;
      country: string;
      passwordHash: string;
      termsVersion: string;
      role?: string;
      status?: string;
      fullName?: string;
    }
  | { kind: "createCompany"; name: string; country: string; phone: string | null; authCode: string | null }
  | { kind: "accountConfirmation" }
  | { kind: "resetPassword"; contact: string; passwordHash: string }
  | { kind: "changeContact"; userId: string; channel: "email" | "sms"; target: string };

export const accountEffects: EffectHandlers<AccountEffect> = {
  async createAccount(tx, effect, { outcome, locale }) {
    // The box ticked links to the terms published now; the definition's version is the fallback.
    const termsVersion = (await currentTerms(tx)).version ?? effect.termsVersion;
    const [row] = await tx
      .insert(users)
      .values({
        username: effect.username,
        usernameLower: normalizeUsername(effect.username),
        email: effect.email,
        emailLower: effect.email ? normalizeEmail(effect.email) : null,
        phone: effect.phone,
        country: effect.country,
        passwordHash: effect.passwordHash,
        termsVersion,
        termsAcceptedAt: new Date(now()),
        role: effect.role ?? "user",
        status: effect.status ?? "active",
        fullName: effect.fullName,
        // The registering person's language: the account's pages, emails and SMS follow it.
        locale: isLocale(locale) ? locale : null,
      })
      .returning({ id: users.id });
    await tx.insert(termsAcceptances).values({ userId: row.id, version: termsVersion, acceptedAt: new Date(now()) });
    outcome.userId = row.id;
    outcome.email = effect.email ?? undefined;
  },

  async createCompany(tx, effect, { outcome }) {
    if (!outcome.userId) throw new Error("createCompany needs an account created in the same step");
    const [company] = await tx
      .insert(companies)
      .values({ ownerId: outcome.userId, name: effect.name, country: effect.country, phone: effect.phone })
      .returning({ id: companies.id });
    if (effect.authCode) {
      // Single use: only the first company to claim the code gets it, even under a race.
      const [claimed] = await tx
        .update(installerAuthCodes)
        .set({ usedAt: new Date(now()), companyId: company.id })
        .where(and(eq(installerAuthCodes.codeHash, hashSecret(AUTH_CODE_PURPOSE, effect.authCode)), isNull(installerAuthCodes.usedAt)))
        .returning({ codeHash: installerAuthCodes.codeHash });
      if (!claimed) throw new EffectRefused("authCode", "auth_code_invalid");
      await tx.update(companies).set({ authenticatedAt: new Date(now()) }).where(eq(companies.id, company.id));
    }
  },

  async resetPassword(tx, effect, { key, outcome, locale }) {
    const where = effect.contact.startsWith("+") ? eq(users.phone, effect.contact) : eq(users.emailLower, normalizeEmail(effect.contact));
    const [user] = await tx.update(users).set({ passwordHash: effect.passwordHash }).where(where).returning({ id: users.id, username: users.username, email: users.email, phone: users.phone });
    if (!user) return;
    // Every session of the account ends: whoever knew the old password is out; the lock opens.
    await clearAccountLocks(tx, user);
    await forgetAllDevices(tx, user.id);
    await revokeSessions(tx, { userId: user.id });
    await enqueueMessage(tx, {
      idempotencyKey: key,
      channel: user.email ? "email" : "sms",
      to: user.email ?? user.phone!,
      template: "password-changed",
      forAccount: user.id,
      locale,
    });
    outcome.queuedMessages++;
  },

  async changeContact(tx, effect, { key, outcome, locale }) {
    const [user] = await tx.select().from(users).where(eq(users.id, effect.userId));
    if (!user) return;
    const email = effect.channel === "email";
    const old = email ? user.email : user.phone;
    const changes = email
      ? {
          email: effect.target,
          emailLower: normalizeEmail(effect.target),
          // Installer admins sign in with their email, which is also their user name.
          ...(user.usernameLower === user.emailLower ? { username: effect.target, usernameLower: normalizeEmail(effect.target) } : {}),
        }
      : { phone: effect.target };
    try {
      await tx.update(users).set(changes).where(eq(users.id, user.id));
    } catch (error) {
      if ((error as { code?: string; cause?: { code?: string } }).code === "23505" || (error as { cause?: { code?: string } }).cause?.code === "23505") {
        throw new EffectRefused(undefined, "contact_taken");
      }
      throw error;
    }
    await tx.insert(accountEvents).values({ userId: user.id, type: email ? "email_changed" : "phone_changed", detail: { from: old, to: effect.target } });
    if (old) {
      await enqueueMessage(tx, {
        idempotencyKey: key,
        channel: email ? "email" : "sms",
        to: old,
        template: "contact-changed",
        data: { what: email ? "email address" : "mobile phone number", masked: maskContact(effect.target) },
        forAccount: user.id,
        locale,
      });
      outcome.queuedMessages++;
    }
  },

  async accountConfirmation(tx, _effect, { key, outcome, locale }) {
    if (!outcome.userId || !outcome.email) throw new Error("accountConfirmation needs an account with an email created in the same step");
    await issueAccountConfirmation(tx, { userId: outcome.userId, email: outcome.email, idempotencyKey: key, locale });
    outcome.queuedMessages++;
  },
};
