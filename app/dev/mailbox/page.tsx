import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { config } from "@/lib/config";
import { listMailbox, type MailHeaders } from "@/lib/dev/mailbox";

export const metadata: Metadata = { title: "Mailbox" };

/** The local mailbox: every email and SMS the app sent, newest first. Off in production unless DEV_MAILBOX=1. */
export default async function MailboxPage({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) {
  if (!config.mailboxEnabled) notFound();
  const { to } = await searchParams;
  const messages = await listMailbox(to);
  return (
    <section className="mx-auto max-w-3xl" aria-labelledby="mailbox-title">
      <h1 id="mailbox-title" className="text-xl font-bold">
        Mailbox
      </h1>
      <p className="mt-1 text-sm text-zinc-600">Messages the app sent while no email or SMS provider is configured.</p>
      <form method="get" className="mt-4 flex gap-2">
        <label htmlFor="to" className="sr-only">
          Recipient
        </label>
        <input id="to" name="to" defaultValue={to} placeholder="Filter by recipient" className="input" />
        <button type="submit" className="btn-secondary">
          Filter
        </button>
      </form>
      {messages.length === 0 ? (
        <p className="mt-6 text-sm text-zinc-600">No messages{to ? ` for ${to}` : ""} yet.</p>
      ) : (
        <ol className="mt-6 space-y-4">
          {messages.map((m) => (
            <li key={m.id}>
              <article className="rounded-lg bg-white p-4 shadow-sm ring-1 ring-zinc-200" aria-label={m.subject}>
                <header className="flex flex-wrap items-baseline justify-between gap-2 text-xs text-zinc-500">
                  <span>
                    {m.channel === "sms" ? "SMS" : "Email"} to <span className="font-medium text-zinc-800">{m.recipient}</span>
                  </span>
                  <time dateTime={m.createdAt.toISOString()}>{m.createdAt.toISOString().replace("T", " ").slice(0, 19)} UTC</time>
                </header>
                <h2 className="mt-1 font-semibold">{m.subject}</h2>
                <MessageHeaders headers={m.headers} />
                <pre className="mt-2 whitespace-pre-wrap font-sans text-sm text-zinc-700">{m.text}</pre>
              </article>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}

/** Extra message headers (List-Unsubscribe and the like), one per line under the subject. */
function MessageHeaders({ headers }: { headers: MailHeaders | null }) {
  if (!headers) return null;
  const entries = Object.entries(headers).filter(([, v]) => typeof v === "string");
  if (!entries.length) return null;
  return (
    <dl aria-label="Headers" className="mt-1 space-y-0.5 break-all font-mono text-xs text-zinc-500">
      {entries.map(([name, value]) => (
        <div key={name}>
          <dt className="inline">{name}:</dt> <dd className="inline">{String(value)}</dd>
        </div>
      ))}
    </dl>
  );
}
