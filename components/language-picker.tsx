import { LOCALE_NAMES, LOCALES, type Locale } from "@/lib/messages/locales";

const TRIGGER =
  "inline-flex min-h-10 cursor-pointer list-none items-center gap-1 rounded-md px-2 py-2 font-medium text-zinc-700 hover:bg-zinc-100 focus-visible:outline-2 focus-visible:outline-brand [&::-webkit-details-marker]:hidden";

/**
 * The language picker in the header: a <details> disclosure (it opens without JavaScript) holding
 * one form whose buttons each name a language in that language. The choice is posted, kept in a
 * cookie and, signed in, on the account (app/language/actions.ts).
 */
export function LanguagePicker({ current, label, action }: { current: Locale; label: string; action: (formData: FormData) => Promise<void> }) {
  return (
    <details className="relative">
      <summary className={TRIGGER} aria-label={`${label}: ${LOCALE_NAMES[current]}`}>
        <svg aria-hidden="true" viewBox="0 0 24 24" className="size-4 fill-none stroke-current stroke-2">
          <circle cx="12" cy="12" r="9" />
          <path d="M3 12h18M12 3a14 14 0 0 1 0 18M12 3a14 14 0 0 0 0 18" />
        </svg>
        <span aria-hidden="true">{current.toUpperCase()}</span>
      </summary>
      <form action={action} className="absolute right-0 top-full z-50 mt-1 w-40 rounded-md border border-zinc-200 bg-white py-1 shadow-md">
        <fieldset>
          <legend className="sr-only">{label}</legend>
          {LOCALES.map((locale) => (
            <button
              key={locale}
              type="submit"
              name="locale"
              value={locale}
              lang={locale}
              aria-current={locale === current ? "true" : undefined}
              className="block w-full px-4 py-2 text-left text-sm hover:bg-zinc-100 aria-[current=true]:font-semibold"
            >
              {LOCALE_NAMES[locale]}
            </button>
          ))}
        </fieldset>
      </form>
    </details>
  );
}
