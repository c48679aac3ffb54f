import type { Tx } from "@/lib/db/client";
import { loginTokens, outbox, users } from "@/lib/db/schema";
import { hashSecret, randomToken } from "@/lib/security/secrets";
import { normalizeEmail, normalizeUsername } from "@/lib/security/usernames";
import { now } from "@/lib/clock";
import type { Effect } from "./types";

/**
 * Carries out the effects a machine emitted, inside the transaction that stores its new
 * snapshot: either the state change and all its effects are committed, or none of them.
 */

export type EffectOutcome = { userId?: string; loginToken?: string; queuedMessages: number };

const LOGIN_TOKEN_MS = 5 * 60_000;

export async function applyEffects(
  tx: Tx,
  effects: Effect[],
  origin: { instanceId: string; seq: number },
): Promise<EffectOutcome> {
  const outcome: EffectOutcome = { queuedMessages: 0 };
  for (const [index, effect] of effects.entries()) {
    switch (effect.kind) {
      case "message": {
        await tx.insert(outbox).values({
          // Derived from the flow revision: a retried transaction cannot queue the same message twice.
          idempotencyKey: `${origin.instanceId}:${origin.seq}:${index}`,
          channel: effect.channel,
          recipient: effect.to,
          template: effect.template,
          payload: { ...effect.data, ...(effect.secret ? { secret: effect.secret } : {}) },
          nextAttemptAt: new Date(now()),
        });
        outcome.queuedMessages++;
        break;
      }
      case "createAccount": {
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
            termsVersion: effect.termsVersion,
            termsAcceptedAt: new Date(now()),
          })
          .returning({ id: users.id });
        outcome.userId = row.id;
        break;
      }
      case "signIn": {
        if (!outcome.userId) throw new Error("signIn effect needs an account created in the same step");
        const token = randomToken();
        await tx.insert(loginTokens).values({
          tokenHash: hashSecret("login-token", token),
          userId: outcome.userId,
          expiresAt: new Date(now() + LOGIN_TOKEN_MS),
        });
        outcome.loginToken = token;
        break;
      }
    }
  }
  return outcome;
}
