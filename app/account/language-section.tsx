import { setLanguageAction } from "@/app/language/actions";
import type { Translator } from "@/lib/messages";
import { LOCALE_NAMES, LOCALES, type Locale } from "@/lib/messages/locales";
import { NoticeBanner } from "@/components/notice-banner";

/**
 * My Account > Language: the account's language and a plain form to choose another (radio buttons
 * and Save language, so it works without JavaScript). The choice is kept in this browser and on the
 * account, which brings it back at every sign-in (app/language/actions.ts).
 */
export function LanguageSection({ i18n, current, saved }: { i18n: Translator; current: Locale; saved: boolean }) {
  return (
    <section aria-labelledby="language-title" className="mt-5 border-t border-zinc-100 pt-4 text-sm">
      <h2 id="language-title" className="font-semibold">
        {i18n.t("account.language.title")}
      </h2>
      {saved && <NoticeBanner notice={{ ok: true, text: i18n.t("account.language.saved") }} className="mt-2" />}
      <p className="mt-2" data-testid="account-language">
        {i18n.t("account.language.current", { name: LOCALE_NAMES[current] })}
      </p>
      <p className="mt-1 text-zinc-600">{i18n.t("account.language.intro")}</p>
      <form action={setLanguageAction} className="mt-3 flex flex-col gap-3">
        <input type="hidden" name="back" value="/account?language=saved" />
        <fieldset>
          <legend className="font-medium">{i18n.t("account.language.choose")}</legend>
          <div className="mt-2 flex flex-wrap gap-x-5 gap-y-2">
            {LOCALES.map((locale) => (
              <label key={locale} className="flex items-center gap-2" lang={locale}>
                <input type="radio" name="locale" value={locale} defaultChecked={locale === current} className="h-4 w-4 accent-brand" />
                {LOCALE_NAMES[locale]}
              </label>
            ))}
          </div>
        </fieldset>
        <button type="submit" className="btn-secondary self-start">
          {i18n.t("account.language.save")}
        </button>
      </form>
    </section>
  );
}
