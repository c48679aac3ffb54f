import type { Metadata } from "next";
import { currentTerms } from "@/lib/accounts/terms";

export const metadata: Metadata = { title: "Terms of Service" };

export default async function TermsPage() {
  const terms = await currentTerms();
  return (
    <article className="card max-w-2xl space-y-3 text-sm text-zinc-700">
      <h1 className="text-xl font-bold text-zinc-900">Terms of Service</h1>
      <p className="text-xs text-zinc-500">
        Version {terms.version}, published {terms.publishedAt.toISOString().slice(0, 10)}
      </p>
      <p>
        Gatehouse gives you an account to reach your connected devices and to ask for support. You keep your password
        secret, give true contact details, and use the service only for devices you own or are authorised to manage.
      </p>
      <p>
        We may suspend accounts used to attack the service or other people. Support decisions, such as device password
        resets, need proof that you hold the device.
      </p>
      <p>When these terms change we tell you, and you accept the new version before you go on using the service.</p>
    </article>
  );
}
