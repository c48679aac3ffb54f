import type { Tx } from "@/lib/db/client";
import { and, eq, isNull } from "drizzle-orm";
import { accountEvents, companies, installerAuthCodes, termsAcceptances, users } from "@/lib/db/schema";
import { issueAccountConfirmation } from "@/lib/accounts/confirmation";
import { maskContact } from "@/lib/phone";
import { enqueueMessage } from "@/lib/messaging/outbox";
import { currentTerms } from "@/lib/accounts/terms";
import { attemptFailed, attemptSucceeded, clearAccountLocks } from "@/lib/auth/lockout";
import { issueLoginToken } from "@/lib/auth/credentials";
import { forgetAllDevices, trustDevice } from "@/lib/auth/devices";
import { revokeSessions } from "@/lib/auth/sessions";
import { openCase } from "@/lib/cases/service";
import { photoExists } from "@/lib/uploads/store";
import { requestNewsletterOptIn } from "@/lib/newsletter";
import { AUTH_CODE_PURPOSE } from "@/machines/installer-registration/facts";
import { hashSecret } from "@/lib/security/secrets";
import { normalizeEmail, normalizeUsername } from "@/lib/security/usernames";
import { now } from "@/lib/clock";
import type { Effect } from "./types";

/**
 * Carries out the effects a machine emitted, inside the transaction that stores its new
 * snapshot: either the state change and all its effects are committed, or none of them.
 */

export type EffectOutcome = { userId?: string; email?: string; loginToken?: string; caseId?: string; queuedMessages: number };

/**
 * An effect that cannot be carried out because the world changed since the machine decided
 * (a code used meanwhile): the transaction rolls back and the person sees `code` on `field`.
 */
export class EffectRefused extends Error {
  constructor(
    public field: string | undefined,
    public code: string,
  ) {
    super(`effect refused: ${code}`);
  }
}

export async function applyEffects(
  tx: Tx,
  effects: Effect[],
  origin: { instanceId: string; seq: number },
): Promise<EffectOutcome> {
  const outcome: EffectOutcome = { queuedMessages: 0 };
  for (const [index, effect] of effects.entries()) {
    switch (effect.kind) {
      case "message": {
        await enqueueMessage(tx, {
          // Derived from the flow revision: a retried transaction cannot queue the same message twice.
          idempotencyKey: `${origin.instanceId}:${origin.seq}:${index}`,
          channel: effect.channel,
          to: effect.to,
          template: effect.template,
          data: { ...effect.data, ...(effect.secret ? { secret: effect.secret } : {}) },
        });
        outcome.queuedMessages++;
        break;
      }
      case "createAccount": {
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
          })
          .returning({ id: users.id });
        await tx.insert(termsAcceptances).values({ userId: row.id, version: termsVersion, acceptedAt: new Date(now()) });
        outcome.userId = row.id;
        outcome.email = effect.email ?? undefined;
        break;
      }
      case "createCompany": {
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
        break;
      }
      case "newsletterOptIn": {
        if (!outcome.userId || !outcome.email) throw new Error("newsletterOptIn needs an account with an email created in the same step");
        await requestNewsletterOptIn(tx, {
          userId: outcome.userId,
          email: outcome.email,
          wording: effect.wording,
          origin: `${origin.instanceId}:${origin.seq}:${index}`,
        });
        outcome.queuedMessages++;
        break;
      }
      case "resetPassword": {
        const where = effect.contact.startsWith("+") ? eq(users.phone, effect.contact) : eq(users.emailLower, normalizeEmail(effect.contact));
        const [user] = await tx.update(users).set({ passwordHash: effect.passwordHash }).where(where).returning({ id: users.id, username: users.username, email: users.email, phone: users.phone });
        if (!user) break;
        // Every session of the account ends: whoever knew the old password is out; the lock opens.
        await clearAccountLocks(tx, user);
        await forgetAllDevices(tx, user.id);
        await revokeSessions(tx, { userId: user.id });
        await enqueueMessage(tx, {
          idempotencyKey: `${origin.instanceId}:${origin.seq}:${index}`,
          channel: user.email ? "email" : "sms",
          to: user.email ?? user.phone!,
          template: "password-changed",
        });
        outcome.queuedMessages++;
        break;
      }
      case "changeContact": {
        const [user] = await tx.select().from(users).where(eq(users.id, effect.userId));
        if (!user) break;
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
            idempotencyKey: `${origin.instanceId}:${origin.seq}:${index}`,
            channel: email ? "email" : "sms",
            to: old,
            template: "contact-changed",
            data: { what: email ? "email address" : "mobile phone number", masked: maskContact(effect.target) },
          });
          outcome.queuedMessages++;
        }
        break;
      }
      case "accountConfirmation": {
        if (!outcome.userId || !outcome.email) throw new Error("accountConfirmation needs an account with an email created in the same step");
        await issueAccountConfirmation(tx, { userId: outcome.userId, email: outcome.email, idempotencyKey: `${origin.instanceId}:${origin.seq}:${index}` });
        outcome.queuedMessages++;
        break;
      }
      case "signIn": {
        const userId = effect.userId ?? outcome.userId;
        if (!userId) throw new Error("signIn effect needs an account created in the same step, or a userId");
        // A finished sign-in check: the failure counts and waits of the lock it used start over.
        if (effect.lock) await attemptSucceeded(effect.lock, tx);
        outcome.loginToken = await issueLoginToken(tx, userId);
        outcome.userId = userId;
        break;
      }
      case "signInFailed": {
        // The code was reserved against this lock before it was compared; a check in flight from
        // before locks travelled with it (no lock) still hits the lock at its next reservation.
        if (effect.lock) await attemptFailed(effect.lock, tx);
        break;
      }
      case "openCase": {
        // Unattached photos are swept after a while (lib/cases/retention.ts): a late Confirm asks for it again.
        if (!(await photoExists(effect.photoId))) throw new EffectRefused(undefined, "photo_gone");
        const opened = await openCase(tx, { ...effect, origin: `${origin.instanceId}:${origin.seq}:${index}` });
        outcome.caseId = opened.id;
        outcome.queuedMessages++;
        break;
      }
      case "trustDevice": {
        await trustDevice(tx, effect);
        break;
      }
    }
  }
  return outcome;
}
