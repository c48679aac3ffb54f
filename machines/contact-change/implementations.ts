import { emit } from "xstate";
import type { EffectEvent, FlowEvent } from "@/lib/flows/types";
import type { AccountEffect } from "@/lib/accounts/effects";
import type { VerificationContext } from "../verification/implementations";

/** The effects this machine may ask for. */
type Emitted = EffectEvent<AccountEffect>;

type Args = { context: VerificationContext & { account?: { id: string } }; event: FlowEvent };

export const contactChangeActions = {
  changeContact: emit(({ context }: Args): Emitted => ({
    type: "effect",
    effect: { kind: "changeContact", userId: context.account!.id, channel: context.contact!.channel, target: context.contact!.target },
  })),
};
