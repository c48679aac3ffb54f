import type { Metadata } from "next";
import { requireUser } from "@/lib/auth/guard";
import { startResetCase } from "./actions";
import { t } from "@/lib/messages";
import { Card } from "@/components/card";

export const metadata: Metadata = { title: "Reset Password" };

export default async function ResetCaseStartPage({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) {
  await requireUser("/tools/cases/new/reset");
  const sp = await searchParams;
  return (
    <Card id="reset-title" title="Reset Password" level={1}>
      <p className="mt-1 text-sm text-zinc-600">
        Find the device on your local network: it must be switched on and on the same network. You will need a photo of its label.
      </p>
      {(sp.expired || sp.limited) && (
        <p role="alert" className="mt-3 rounded-md bg-red-50 p-3 text-sm text-red-700">
          {sp.limited ? t("notices.start.limited") : t("notices.newCase.expired")}
        </p>
      )}
      <form action={startResetCase} className="mt-4">
        <button type="submit" className="btn-primary">
          Device on LAN (SADP)
        </button>
      </form>
      <p className="mt-2 text-xs text-zinc-600">Scanning takes a few seconds.</p>
    </Card>
  );
}
