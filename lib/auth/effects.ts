import type { EffectHandlers } from "@/lib/flows/registry";
import { attemptFailed, attemptSucceeded } from "./lockout";
import { issueLoginToken } from "./credentials";
import { trustDevice } from "./devices";

/** A sign-in lock row as a flow carries it (lib/auth/lockout.ts SignInLock). */
export type SignInLockRef = { key: string; kind: "untrusted" | "trusted" };

export type AuthEffect =
  /** A login token for the account created in the same step, or for `userId` (a finished sign-in check, which opens `lock`). */
  | { kind: "signIn"; userId?: string; lock?: SignInLockRef }
  /** A wrong sign-in code: counts towards the attempt's lock. */
  | { kind: "signInFailed"; userId: string; lock?: SignInLockRef }
  | { kind: "trustDevice"; userId: string; tokenHash: string; userAgent?: string; clientAddress?: string; days: number };

export const authEffects: EffectHandlers<AuthEffect> = {
  async signIn(tx, effect, { outcome }) {
    const userId = effect.userId ?? outcome.userId;
    if (!userId) throw new Error("signIn effect needs an account created in the same step, or a userId");
    // A finished sign-in check: the failure counts and waits of the lock it used start over.
    if (effect.lock) await attemptSucceeded(effect.lock, tx);
    outcome.loginToken = await issueLoginToken(tx, userId);
    outcome.userId = userId;
  },
  async signInFailed(tx, effect) {
    // The code was reserved against this lock before it was compared; a check in flight from
    // before locks travelled with it (no lock) still hits the lock at its next reservation.
    if (effect.lock) await attemptFailed(effect.lock, tx);
  },
  async trustDevice(tx, effect) {
    await trustDevice(tx, effect);
  },
};
