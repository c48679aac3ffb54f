import { z } from "zod";
import type { FieldKindDef } from "@/lib/flows/define";
import type { SadpDevice } from "@/lib/devices/sadp-messages";
import { photoErrorMessages, readPhotoToken } from "@/lib/cases/photo-token";
import { t } from "@/lib/messages";

/** The field kinds of the reset wizard: one device of the flow's LAN scan, and a stored label photo. */

const scanOf = (context: Record<string, unknown>) => (Array.isArray(context.scan) ? (context.scan as SadpDevice[]) : []);

export const deviceField: FieldKindDef = {
  schema: (_field, context) => z.string().refine((mac) => scanOf(context).some((d) => d.mac === mac), t("fields.device")),
  // English words kept with the step; the view shows them in the reader's language (lib/i18n/words.ts).
  required: t("fields.deviceRequired"),
  options: (context) =>
    scanOf(context).map((d) => ({
      value: d.mac,
      label: `${d.model} · ${d.serial}`,
      detail: `IP ${d.ipv4} · MAC ${d.mac} · firmware ${d.firmware} · ${d.activated ? "activated" : "not activated"}`,
    })),
};

/** A label photo the page stored, as a signed token (see lib/cases/photo-token.ts). */
export const photoField: FieldKindDef = {
  schema: (_field, context) => {
    const account = context.account as { id?: unknown } | undefined;
    const accountId = typeof account?.id === "string" ? account.id : "";
    return z.string().transform((v, ctx) => {
      const photo = v.startsWith("error:") ? null : readPhotoToken(v, accountId);
      if (!photo) {
        ctx.addIssue({ code: "custom", message: photoErrorMessages[v.slice(6)] ?? photoErrorMessages.invalid });
        return z.NEVER;
      }
      return photo;
    });
  },
  required: photoErrorMessages.empty,
};
