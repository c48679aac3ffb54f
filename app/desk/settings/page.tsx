import type { Metadata } from "next";
import { requireUser } from "@/lib/auth/guard";
import { config } from "@/lib/config";
import { deskSettings } from "@/lib/cases/service";
import { readFlash } from "@/lib/http/flash";
import { deskSettingsAction } from "../actions";
import { t } from "@/lib/messages";
import { Card } from "@/components/card";

export const metadata: Metadata = { title: "Desk settings" };

export default async function DeskSettingsPage() {
  await requireUser("/desk/settings", ["admin"]);
  const [settings, flash] = await Promise.all([deskSettings(), readFlash("desk")]);
  return (
    <Card id="desk-settings-title" title="Desk settings" level={1}>
      {flash.notice === "settings_saved" && (
        <p role="status" className="mt-3 rounded-md bg-green-50 p-3 text-sm text-green-800">
          {t("notices.desk.settings_saved")}
        </p>
      )}
      <form action={deskSettingsAction} className="mt-4 flex flex-col gap-3">
        <label className="flex items-start gap-2 text-sm">
          <input type="checkbox" name="fourEyes" defaultChecked={settings.fourEyes} className="mt-0.5 size-4 accent-brand" />
          <span>Four-eyes approval: a reset code is issued only after two different agents approve.</span>
        </label>
        <button type="submit" className="btn-primary self-start">
          Save
        </button>
      </form>
      <p className="mt-4 text-xs text-zinc-600">
        Label photos are deleted {config.casePhotoRetentionDays} days after their case closes (CASE_PHOTO_RETENTION_DAYS); reset codes work for{" "}
        {config.resetCodeValidHours} hours (RESET_CODE_VALID_HOURS).
      </p>
    </Card>
  );
}
