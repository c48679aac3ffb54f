import type { Metadata } from "next";
import Link from "next/link";
import { requireUser } from "@/lib/auth/guard";
import { latestNotifications, markAllRead } from "@/lib/cases/notifications";
import { utcMinute as when } from "@/lib/format";
import { Card } from "@/components/card";

export const metadata: Metadata = { title: "Notifications" };


export default async function NotificationsPage() {
  const me = await requireUser("/notifications");
  const items = await latestNotifications(me.id);
  // Seeing the list reads them; the bell counts what arrived since.
  await markAllRead(me.id);
  return (
    <Card id="notifications-title" title="Notifications" level={1}>
      {items.length === 0 ? (
        <p className="mt-4 text-sm text-zinc-700">Nothing yet.</p>
      ) : (
        <ul className="mt-4 divide-y divide-zinc-100">
          {items.map((n) => (
            <li key={n.id} className="py-3 text-sm">
              <Link href={n.href} className={`link ${n.readAt ? "" : "font-semibold"}`}>
                {n.text}
              </Link>
              <p className="text-xs text-zinc-600">
                {when(n.createdAt)}
                {!n.readAt && " · new"}
              </p>
            </li>
          ))}
        </ul>
      )}
    </Card>
  );
}
