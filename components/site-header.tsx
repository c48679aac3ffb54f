import Link from "next/link";
import { NavMenu } from "./nav-menu";

export type HeaderUser = { unread: number; canEdit: boolean; canWorkDesk: boolean };

type NavItem = { href: string; label: string };

/** The signed-in destinations, in header order; the small-screen menu lists the same ones. */
function navItems(user: HeaderUser): NavItem[] {
  return [
    { href: "/account", label: "My Account" },
    { href: "/account/security", label: "Security" },
    { href: "/account/about", label: "About" },
    { href: "/tools", label: "Tools" },
    { href: "/cases", label: "Case" },
    ...(user.canEdit ? [{ href: "/studio", label: "Studio" }] : []),
    ...(user.canWorkDesk ? [{ href: "/desk", label: "Desk" }] : []),
  ];
}

function NotificationsLink({ unread }: { unread: number }) {
  return (
    <Link href="/notifications" className="link inline-flex min-h-10 min-w-10 items-center justify-center gap-1" aria-label={`Notifications, ${unread} unread`}>
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
export function SiteHeader({ user, signOut }: { user: HeaderUser | null; signOut: () => Promise<void> }) {
  const items = user ? navItems(user) : [];
  const signOutForm = (className: string) => (
    <form action={signOut}>
      <button type="submit" className={className}>
        Sign Out
      </button>
    </form>
  );
  return (
    <header className="relative border-b border-zinc-200 bg-white">
      <nav className="mx-auto flex max-w-4xl items-center justify-between gap-3 px-4 py-3" aria-label="Main">
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
              <NotificationsLink unread={user.unread} />
              {signOutForm("btn-secondary")}
            </div>
            <div className="flex items-center gap-2 text-sm sm:hidden">
              <NotificationsLink unread={user.unread} />
              <NavMenu>
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
          <div className="flex items-center gap-4 text-sm">
            <Link href="/login" className="link">
              Login
            </Link>
            <Link href="/register" className="link">
              Register
            </Link>
          </div>
        )}
      </nav>
    </header>
  );
}
