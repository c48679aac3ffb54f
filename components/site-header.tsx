import Link from "next/link";
import type { Translator } from "@/lib/messages";
import { LanguagePicker } from "./language-picker";
import { NavMenu } from "./nav-menu";

export type HeaderUser = { unread: number; canEdit: boolean; canWorkDesk: boolean };

type NavItem = { href: string; label: string };

/** The signed-in destinations, in header order; the small-screen menu lists the same ones. */
function navItems(user: HeaderUser, t: Translator["t"]): NavItem[] {
  return [
    { href: "/account", label: t("chrome.header.myAccount") },
    { href: "/account/security", label: t("chrome.header.security") },
    { href: "/account/about", label: t("chrome.header.about") },
    { href: "/tools", label: t("chrome.header.tools") },
    { href: "/cases", label: t("chrome.header.case") },
    ...(user.canEdit ? [{ href: "/studio", label: t("chrome.header.studio") }] : []),
    ...(user.canWorkDesk ? [{ href: "/desk", label: t("chrome.header.desk") }] : []),
  ];
}

function NotificationsLink({ unread, label }: { unread: number; label: string }) {
  return (
    <Link href="/notifications" className="link inline-flex min-h-10 min-w-10 items-center justify-center gap-1" aria-label={label}>
      <svg aria-hidden="true" viewBox="0 0 24 24" className="size-5 fill-none stroke-current stroke-2">
        <path d="M6 8a6 6 0 1 1 12 0c0 7 3 9 3 9H3s3-2 3-9M10.3 21a1.94 1.94 0 0 0 3.4 0" />
      </svg>
      {unread > 0 && <span className="rounded-full bg-brand px-1.5 text-xs font-semibold text-white">{unread}</span>}
    </Link>
  );
}

/**
 * The site header. Signed in, from 640 px the links sit in one row; below that they fold into a
 * "Menu" disclosure (see NavMenu), with the notifications bell kept outside it. Only one of the two
 * copies is displayed at a time, so assistive technology meets each link once.
 */
export function SiteHeader({
  user,
  signOut,
  setLanguage,
  i18n,
}: {
  user: HeaderUser | null;
  signOut: () => Promise<void>;
  setLanguage: (formData: FormData) => Promise<void>;
  i18n: Translator;
}) {
  const { t } = i18n;
  const items = user ? navItems(user, t) : [];
  const signOutForm = (className: string) => (
    <form action={signOut}>
      <button type="submit" className={className}>
        {t("chrome.header.signOut")}
      </button>
    </form>
  );
  const picker = <LanguagePicker current={i18n.locale} label={t("chrome.language.label")} action={setLanguage} />;
  const notifications = user ? <NotificationsLink unread={user.unread} label={t("chrome.header.notifications", { unread: user.unread })} /> : null;
  return (
    <header className="relative border-b border-zinc-200 bg-white">
      <nav className="mx-auto flex max-w-4xl items-center justify-between gap-3 px-4 py-3" aria-label={t("chrome.header.mainNav")}>
        <Link href="/" className="text-lg font-bold tracking-wide text-brand">
          GATEHOUSE
        </Link>
        {user ? (
          <>
            <div className="hidden flex-wrap items-center justify-end gap-x-4 gap-y-2 text-sm sm:flex">
              {items.map((item) => (
                <Link key={item.href} href={item.href} className="link">
                  {item.label}
                </Link>
              ))}
              {notifications}
              {picker}
              {signOutForm("btn-secondary")}
            </div>
            <div className="flex items-center gap-2 text-sm sm:hidden">
              {notifications}
              {picker}
              <NavMenu label={t("chrome.header.menu")}>
                <ul className="divide-y divide-zinc-100">
                  {items.map((item) => (
                    <li key={item.href}>
                      <Link href={item.href} className="link block px-4 py-3">
                        {item.label}
                      </Link>
                    </li>
                  ))}
                  <li className="px-4 py-3">{signOutForm("btn-secondary w-full")}</li>
                </ul>
              </NavMenu>
            </div>
          </>
        ) : (
          <div className="flex items-center gap-2 text-sm sm:gap-4">
            <Link href="/login" className="link">
              {t("chrome.header.login")}
            </Link>
            <Link href="/register" className="link">
              {t("chrome.header.register")}
            </Link>
            {picker}
          </div>
        )}
      </nav>
    </header>
  );
}
