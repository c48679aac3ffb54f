import { editSettingsAction, passwordPolicyAction } from "../../actions";
import { passwordPolicyLabels } from "@/lib/security/passwords";
import { hasPasswordField, passwordPolicyOf, settingLabel, SETTINGS, settingsOf, settingUnit } from "@/lib/studio/edit";
import type { Translator } from "@/lib/messages";
import { panel } from "./panel";
import { Options } from "@/components/options";

/** The flow's settings in the units people think in, within the bounds security allows, and the password rule. */
export function SettingsPanel({ flow, definition, i18n }: { flow: string; definition: Record<string, unknown>; i18n: Translator }) {
  const settings = settingsOf(definition);
  return (
    <section className={panel} aria-labelledby="settings-title">
      <h2 id="settings-title" className="text-lg font-bold">
        {i18n.t("studio.settings.title")}
      </h2>
      {hasPasswordField(definition) && (
        <form action={passwordPolicyAction} className="mt-3 flex flex-wrap items-end gap-2 text-sm">
          <input type="hidden" name="flow" value={flow} />
          <div>
            <label htmlFor="password-policy" className="block font-medium">
              {i18n.t("studio.settings.passwordRule")}
            </label>
            <select id="password-policy" name="passwordPolicy" defaultValue={passwordPolicyOf(definition)} className="input mt-1 max-w-full">
              <Options labels={passwordPolicyLabels(i18n)} />
            </select>
          </div>
          <button type="submit" className="btn-secondary">
            {i18n.t("studio.settings.saveRule")}
          </button>
        </form>
      )}
      {Object.keys(settings).length === 0 ? (
        <p className="mt-2 text-sm text-zinc-600">{i18n.t("studio.settings.none")}</p>
      ) : (
        <form action={editSettingsAction} className="mt-3 grid grid-cols-[minmax(0,1fr)_6rem] items-center gap-x-3 gap-y-2 text-sm sm:grid-cols-[max-content_8rem_max-content]">
          <input type="hidden" name="flow" value={flow} />
          {Object.entries(settings).map(([key, value]) => {
            const s = SETTINGS[key];
            return (
              <div key={key} className="contents">
                <label htmlFor={`setting-${key}`}>{settingLabel(key, i18n)}</label>
                <input id={`setting-${key}`} name={`setting:${key}`} type="number" min={s.min} max={s.max} defaultValue={value / s.scale} className="input" aria-describedby={`setting-${key}-unit`} />
                <span id={`setting-${key}-unit`} className="col-span-2 text-xs text-zinc-600 sm:col-span-1 sm:text-sm">
                  {i18n.t("studio.settings.range", { unit: settingUnit(s.unit, i18n), min: s.min, max: s.max })}
                </span>
              </div>
            );
          })}
          <button type="submit" className="btn-primary col-span-2 justify-self-start sm:col-span-3">
            {i18n.t("studio.settings.save")}
          </button>
        </form>
      )}
    </section>
  );
}
