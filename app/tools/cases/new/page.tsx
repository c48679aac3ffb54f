import type { Metadata } from "next";
import Link from "next/link";
import { requireUser } from "@/lib/auth/guard";
import { Card } from "@/components/card";

export const metadata: Metadata = { title: "New Case" };

export default async function NewCasePage() {
  await requireUser("/tools/cases/new");
  return (
    <Card id="new-case-title" title="New Case" level={1}>
      <p className="mt-1 text-sm text-zinc-600">What do you need help with?</p>
      <ul className="mt-4 space-y-2">
        <li>
          <Link href="/tools/cases/new/reset" className="btn-secondary w-full justify-start">
            Reset Password
          </Link>
          <p className="mt-1 text-xs text-zinc-600">You forgot the password of a camera or recorder.</p>
        </li>
      </ul>
    </Card>
  );
}
