import type { Metadata } from "next";
import { requireUser } from "@/lib/auth/guard";
import { config } from "@/lib/config";
import { deskSettings } from "@/lib/cases/service";
import { readFlash } from "@/lib/http/flash";
import { deskSettingsAction } from "../actions";
import { getTranslator } from "@/lib/i18n/request";
import { Card } from "@/components/card";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslator()).t("desk.settings.title") };
}

export default async function DeskSettingsPage() {
  await requireUser("/desk/settings", ["admin"]);
  const i18n = await getTranslator();
  const [settings, flash] = await Promise.all([deskSettings(), readFlash("desk")]);
  return (
    <Card id="desk-settings-title" title={i18n.t("desk.settings.title")} level={1}>
      {flash.notice === "settings_saved" && (
        <p role="status" className="mt-3 rounded-md bg-green-50 p-3 text-sm text-green-800">
          {i18n.t("notices.desk.settings_saved")}
        </p>
      )}
      <form action={deskSettingsAction} className="mt-4 flex flex-col gap-3">
        <label className="flex items-start gap-2 text-sm">
          <input type="checkbox" name="fourEyes" defaultChecked={settings.fourEyes} className="mt-0.5 size-4 accent-brand" />
          <span>{i18n.t("desk.settings.fourEyes")}</span>
        </label>
        <button type="submit" className="btn-primary self-start">
          {i18n.t("desk.settings.save")}
        </button>
      </form>
      <p className="mt-4 text-xs text-zinc-600">
        {i18n.t("desk.settings.retention", { days: config.casePhotoRetentionDays, hours: config.resetCodeValidHours })}
      </p>
    </Card>
  );
}
