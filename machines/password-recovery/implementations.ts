import { emit, enqueueActions } from "xstate";
import type { EffectEvent, FlowEvent } from "@/lib/flows/types";
import type { VerificationContext } from "../verification/implementations";

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
  sendRecoveryCode: enqueueActions(({ context, event, enqueue }: Args & { enqueue: { emit: (e: EffectEvent) => void } }) => {
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
  resetPassword: emit(({ context, event }: Args): EffectEvent => ({
    type: "effect",
    effect: { kind: "resetPassword", contact: context.contact!.target, passwordHash: String(event.facts.passwordHash) },
  })),
};
