import type { Metadata, Viewport } from "next";
import Link from "next/link";
import { auth } from "@/lib/auth";
import { signOutAction } from "./login/actions";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "Gatehouse", template: "%s · Gatehouse" },
  description: "Accounts, verification and support for connected devices.",
};

export const viewport: Viewport = { width: "device-width", initialScale: 1 };

export default async function RootLayout({ children }: { children: React.ReactNode }) {
  const session = await auth();
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
