import type { Tx } from "@/lib/db/client";
import { effectHandler, type EffectOutcome } from "./registry";
import type { EffectBase } from "./types";

export type { EffectOutcome } from "./registry";

/**
 * Carries out the effects a machine emitted, inside the transaction that stores its new
 * snapshot: either the state change and all its effects are committed, or none of them.
 * Each kind is handled by the domain that registered it (lib/accounts, lib/cases, ...).
 */

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
  effects: EffectBase[],
  origin: { instanceId: string; seq: number; locale?: string | null; subject?: string | null },
): Promise<EffectOutcome> {
  const outcome: EffectOutcome = { queuedMessages: 0 };
  for (const [index, effect] of effects.entries()) {
    const handle = effectHandler(effect.kind);
    if (!handle) throw new Error(`No handler is registered for the effect "${effect.kind}"`);
    await handle(tx, effect, {
      key: `${origin.instanceId}:${origin.seq}:${index}`,
      outcome,
      locale: origin.locale ?? undefined,
      subject: origin.subject ?? undefined,
    });
  }
  return outcome;
}
