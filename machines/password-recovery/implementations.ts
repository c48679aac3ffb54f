import { emit, enqueueActions } from "xstate";
import type { Condition } from "@/lib/flows/define";
import type { EffectEvent, FlowEvent } from "@/lib/flows/types";
import type { AccountEffect } from "@/lib/accounts/effects";
import type { MessageEffect } from "@/lib/messaging/effects";
import type { VerificationContext } from "../verification/implementations";

/** The effects this machine may ask for. */
type Emitted = EffectEvent<AccountEffect | MessageEffect>;

type Args = { context: VerificationContext; event: FlowEvent };

export const recoveryGuards = {
  /** The invariant: a password is reset only after the code sent to the contact was entered. */
  recoveryReady: ({ context, event }: Args) => context.contactVerified === true && typeof event.facts.passwordHash === "string",
};

export const recoveryActions = {
  /**
   * The code goes out only when the contact belongs to an account; otherwise nothing is sent
   * (no email to strangers), and the screens stay the same: the stored code hash matches nothing typed.
   */
  sendRecoveryCode: enqueueActions(({ context, event, enqueue }: Args & { enqueue: { emit: (e: Emitted) => void } }) => {
    const s = context.settings;
    enqueue.emit({
      type: "effect",
      effect: {
        kind: "message",
        // Unknown contact: the same work, delivered nowhere (no timing difference, no email to strangers).
        channel: event.facts.accountExists ? context.contact!.channel : "discard",
        to: context.contact!.target,
        template: "verification-code",
        data: { validMinutes: Math.round(s.codeValidMs / 60_000) },
        secret: event.fresh.code.slice(0, s.codeLength),
      },
    });
  }),
  resetPassword: emit(({ context, event }: Args): Emitted => ({
    type: "effect",
    effect: { kind: "resetPassword", contact: context.contact!.target, passwordHash: String(event.facts.passwordHash) },
  })),
};

export const recoveryConditions: Record<keyof typeof recoveryGuards, Condition> = {
  recoveryReady: { label: "the code was right and the password accepted", facts: ["passwordHash"] },
};
