import type { Metadata } from "next";

export const metadata: Metadata = { title: "Privacy Policy" };

export default function PrivacyPage() {
  return (
    <article className="card max-w-2xl space-y-3 text-sm text-zinc-700">
      <h1 className="text-xl font-bold text-zinc-900">Privacy Policy</h1>
      <p>
        We keep what we need to run your account: your user name, email or phone number, country, a one-way hash of your
        password, and a record of sign-ins (device and approximate network address) so you can see and end them.
      </p>
      <p>
        Verification codes are stored only as keyed hashes and expire within minutes. We never sell your data, and we send
        newsletters only if you confirm that you want them.
      </p>
      <p>You can ask for a copy of your data or for your account to be deleted at any time.</p>
    </article>
  );
}
