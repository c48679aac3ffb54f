import { emit } from "xstate";
import type { EffectEvent, FlowEvent } from "@/lib/flows/types";
import type { VerificationContext } from "../verification/implementations";

type Args = { context: VerificationContext & { account?: { id: string } }; event: FlowEvent };

export const contactChangeActions = {
  changeContact: emit(({ context }: Args): EffectEvent => ({
    type: "effect",
    effect: { kind: "changeContact", userId: context.account!.id, channel: context.contact!.channel, target: context.contact!.target },
  })),
};
