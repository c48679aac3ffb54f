import type { Metadata, Viewport } from "next";
import { auth } from "@/lib/auth";
import { signOutAction } from "./login/actions";
import { unreadCount } from "@/lib/cases/notifications";
import { AGENT_ROLES } from "@/lib/cases/service";
import { SiteHeader } from "@/components/site-header";
import { getTranslator } from "@/lib/i18n/request";
import { setLanguageAction } from "./language/actions";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "Gatehouse", template: "%s · Gatehouse" },
  description: "Accounts, verification and support for connected devices.",
  applicationName: "Gatehouse",
  appleWebApp: { title: "Gatehouse" },
};

export const viewport: Viewport = { width: "device-width", initialScale: 1, themeColor: "#b91c1c" };

export default async function RootLayout({ children }: { children: React.ReactNode }) {
  const session = await auth();
  const unread = session?.user ? await unreadCount(session.user.id) : 0;
  const i18n = await getTranslator();
  return (
    <html lang={i18n.locale}>
      <body className="min-h-screen">
        <SiteHeader
          user={
            session?.user
              ? {
                  unread,
                  canEdit: ["flow_editor", "admin"].includes(session.user.role),
                  canWorkDesk: AGENT_ROLES.includes(session.user.role),
                }
              : null
          }
          signOut={signOutAction}
          setLanguage={setLanguageAction}
          i18n={i18n}
        />
        <main className="mx-auto max-w-4xl px-4 py-6 sm:py-10">{children}</main>
      </body>
    </html>
  );
}
