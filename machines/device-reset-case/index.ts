import { defineFlow } from "@/lib/flows/define";
import { deviceResetCaseDefinition, deviceResetCasePlaceholders } from "./definition";
import { deviceResetCaseActions, deviceResetCaseConditions, deviceResetCaseGuards } from "./implementations";
import { deviceField, photoField } from "./fields";

export default defineFlow({
  name: "device-reset-case",
  definition: deviceResetCaseDefinition,
  guards: deviceResetCaseGuards,
  actions: deviceResetCaseActions,
  conditions: deviceResetCaseConditions,
  placeholders: deviceResetCasePlaceholders,
  fieldKinds: { device: deviceField, photo: photoField },
  public: false,
  invariants: [{ action: "openCase", requiresGuard: "readyToOpen", why: "a case needs a scanned device, a label photo and the security commitment" }],
});
