import type { Metadata, Viewport } from "next";
import Link from "next/link";
import { auth } from "@/lib/auth";
import { signOutAction } from "./login/actions";
import { unreadCount } from "@/lib/cases/notifications";
import { AGENT_ROLES } from "@/lib/cases/service";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "Gatehouse", template: "%s · Gatehouse" },
  description: "Accounts, verification and support for connected devices.",
};

export const viewport: Viewport = { width: "device-width", initialScale: 1 };

export default async function RootLayout({ children }: { children: React.ReactNode }) {
  const session = await auth();
  const unread = session?.user ? await unreadCount(session.user.id) : 0;
  return (
    <html lang="en">
      <body className="min-h-screen">
        <header className="border-b border-zinc-200 bg-white">
          <nav className="mx-auto flex max-w-4xl items-center justify-between gap-3 px-4 py-3" aria-label="Main">
            <Link href="/" className="text-lg font-bold tracking-wide text-brand">
              GATEHOUSE
            </Link>
            <div className="flex flex-wrap items-center justify-end gap-x-4 gap-y-2 text-sm">
              {session?.user ? (
                <>
                  <Link href="/account" className="link">
                    My Account
                  </Link>
                  <Link href="/account/security" className="link">
                    Security
                  </Link>
                  <Link href="/account/about" className="link">
                    About
                  </Link>
                  <Link href="/tools" className="link">
                    Tools
                  </Link>
                  <Link href="/cases" className="link">
                    Case
                  </Link>
                  {["flow_editor", "admin"].includes(session.user.role) && (
                    <Link href="/studio" className="link">
                      Studio
                    </Link>
                  )}
                  {AGENT_ROLES.includes(session.user.role) && (
                    <Link href="/desk" className="link">
                      Desk
                    </Link>
                  )}
                  <Link href="/notifications" className="link inline-flex items-center gap-1" aria-label={`Notifications, ${unread} unread`}>
                    <svg aria-hidden="true" viewBox="0 0 24 24" className="size-5 fill-none stroke-current stroke-2">
                      <path d="M6 8a6 6 0 1 1 12 0c0 7 3 9 3 9H3s3-2 3-9M10.3 21a1.94 1.94 0 0 0 3.4 0" />
                    </svg>
                    {unread > 0 && <span className="rounded-full bg-brand px-1.5 text-xs font-semibold text-white">{unread}</span>}
                  </Link>
                  <form action={signOutAction}>
                    <button type="submit" className="btn-secondary">
                      Sign Out
                    </button>
                  </form>
                </>
              ) : (
                <>
                  <Link href="/login" className="link">
                    Login
                  </Link>
                  <Link href="/register" className="link">
                    Register
                  </Link>
                </>
              )}
            </div>
          </nav>
        </header>
        <main className="mx-auto max-w-4xl px-4 py-6 sm:py-10">{children}</main>
      </body>
    </html>
  );
}
