import type { Metadata } from "next";
import Link from "next/link";
import { requireUser } from "@/lib/auth/guard";
import { Card } from "@/components/card";

export const metadata: Metadata = { title: "Tools" };

export default async function ToolsPage() {
  await requireUser("/tools");
  return (
    <Card id="tools-title" title="Tools" level={1}>
      <ul className="mt-4 divide-y divide-zinc-100">
        <li className="py-3">
          <Link href="/tools/cases/new" className="link font-medium">
            Create Online Support Case
          </Link>
          <p className="text-sm text-zinc-600">Ask support for help with a device, for example to reset a forgotten device password.</p>
        </li>
        <li className="py-3">
          <Link href="/cases" className="link font-medium">
            My cases
          </Link>
          <p className="text-sm text-zinc-600">Follow your support cases and get reset codes.</p>
        </li>
        <li className="py-3">
          <Link href="/account/devices" className="link font-medium">
            My devices
          </Link>
          <p className="text-sm text-zinc-600">Add a device by its serial number.</p>
        </li>
      </ul>
    </Card>
  );
}
