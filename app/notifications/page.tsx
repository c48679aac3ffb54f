import type { Metadata } from "next";
import Link from "next/link";
import { requireUser } from "@/lib/auth/guard";
import { latestNotifications, markAllRead } from "@/lib/cases/notifications";
import { notificationText } from "@/lib/cases/service";
import { getTranslator } from "@/lib/i18n/request";
import { utcTime } from "@/lib/i18n/words";
import { Card } from "@/components/card";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslator()).t("account.notifications.title") };
}

export default async function NotificationsPage() {
  const me = await requireUser("/notifications");
  const [items, i18n] = await Promise.all([latestNotifications(me.id), getTranslator()]);
  // Seeing the list reads them; the bell counts what arrived since.
  await markAllRead(me.id);
  return (
    <Card id="notifications-title" title={i18n.t("account.notifications.title")} level={1}>
      {items.length === 0 ? (
        <p className="mt-4 text-sm text-zinc-700">{i18n.t("account.notifications.empty")}</p>
      ) : (
        <ul className="mt-4 divide-y divide-zinc-100">
          {items.map((n) => (
            <li key={n.id} className="py-3 text-sm">
              <Link href={n.href} className={`link ${n.readAt ? "" : "font-semibold"}`}>
                {notificationText(i18n, n)}
              </Link>
              <p className="text-xs text-zinc-600">
                {utcTime(i18n, n.createdAt)}
                {!n.readAt && ` · ${i18n.t("account.notifications.new")}`}
              </p>
            </li>
          ))}
        </ul>
      )}
    </Card>
  );
}
