"use client";

import { TryAgain } from "@/components/try-again";
import { useTryAgainWords } from "@/components/try-again-words";
import "./globals.css";

/**
 * When even the layout failed (it reads the database for a signed-in person): the same request to
 * try again, in the browser's language (the layout that knew the person's choice is what failed).
 */
export default function GlobalError(_props: { error: Error & { digest?: string }; reset: () => void }) {
  const { locale, words } = useTryAgainWords({ fromDocument: false });
  return (
    <html lang={locale}>
      <body className="min-h-screen">
        <main className="mx-auto max-w-4xl px-4 py-6 sm:py-10">
          <TryAgain words={words} onRetry={() => window.location.reload()} />
        </main>
      </body>
    </html>
  );
}
