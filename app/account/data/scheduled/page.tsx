import type { Metadata } from "next";
import Link from "next/link";
import { z } from "zod";
import { GRACE_DAYS } from "@/lib/accounts/deletion";
import { utcMinute } from "@/lib/format";
import { Card } from "@/components/card";

export const metadata: Metadata = { title: "Account deletion scheduled" };

/** Where a deletion request lands, signed out: when it happens and how to cancel it. */
export default async function DeletionScheduledPage({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) {
  const until = z.iso.datetime().safeParse((await searchParams).until);
  return (
    <Card id="scheduled-title" title="Your account will be deleted" level={1}>
      <p role="status" className="mt-3 rounded-md bg-amber-50 p-3 text-sm text-amber-900">
        {until.success ? `Your account will be deleted on ${utcMinute(new Date(until.data))}.` : `Your account will be deleted in ${GRACE_DAYS} days.`} You
        are signed out everywhere, and a notice is on its way to you.
      </p>
      <p className="mt-3 text-sm text-zinc-700">Changed your mind? Sign in before then and your account stays as it is.</p>
      <Link href="/login" className="btn-primary mt-4">
        Sign In
      </Link>
    </Card>
  );
}
