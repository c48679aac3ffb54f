import { assign, emit } from "xstate";
import type { Condition } from "@/lib/flows/define";
import type { EffectEvent, FlowEvent } from "@/lib/flows/types";
import type { CaseOpenEffect } from "@/lib/cases/effects";
import type { SadpDevice } from "@/lib/devices/sadp-messages";

/** The effects this machine may ask for. */
type Emitted = EffectEvent<CaseOpenEffect>;

type Context = { account: { id: string }; scan: SadpDevice[]; device?: SadpDevice; photo?: { id: string; blurry: boolean; warning: string } };
type Args = { context: Context; event: FlowEvent };

export const deviceResetCaseGuards = {
  /** A device from the scan, a stored photo and the commitment: nothing less opens a case. */
  readyToOpen: ({ context, event }: Args) => !!context.device && !!context.photo && event.input.commitment === true,
};

export const deviceResetCaseActions = {
  // The field validator only lets through a MAC address that the scan returned.
  recordDevice: assign(({ context, event }: Args) => ({ device: context.scan.find((d) => d.mac === event.input.device) })),
  recordPhoto: assign(({ event }: Args) => {
    const photo = event.input.photo as { id: string; blurry: boolean };
    return {
      photo: {
        ...photo,
        warning: photo.blurry ? "The photo looks blurry: the serial number may be hard to read, and a blurry photo is the most common reason for a rejected case. Upload a sharper one, or confirm if it is legible. " : "",
      },
    };
  }),
  openCase: emit(({ context }: Args): Emitted => ({
    type: "effect",
    effect: { kind: "openCase", userId: context.account.id, device: context.device!, photoId: context.photo!.id, photoBlurry: context.photo!.blurry },
  })),
};

export const deviceResetCaseConditions: Record<keyof typeof deviceResetCaseGuards, Condition> = {
  readyToOpen: { label: "a device, a photo and the commitment are given", input: ["commitment"] },
};
