import type { EffectHandlers } from "@/lib/flows/registry";
import { EffectRefused } from "@/lib/flows/effects";
import type { SadpDevice } from "@/lib/devices/sadp-messages";
import { photoExists } from "@/lib/uploads/store";
import { openCase } from "./service";

/** A device password reset case opened at the end of the reset wizard. */
export type CaseOpenEffect = { kind: "openCase"; userId: string; device: SadpDevice; photoId: string; photoBlurry: boolean };

export const caseEffects: EffectHandlers<CaseOpenEffect> = {
  async openCase(tx, effect, { key, outcome }) {
    // Unattached photos are swept after a while (lib/cases/retention.ts): a late Confirm asks for it again.
    if (!(await photoExists(effect.photoId))) throw new EffectRefused(undefined, "photo_gone");
    const opened = await openCase(tx, { ...effect, origin: key });
    outcome.caseId = opened.id;
    outcome.queuedMessages++;
  },
};
