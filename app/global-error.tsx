"use client";

import { TryAgain } from "@/components/try-again";
import "./globals.css";

/** When even the layout failed (it reads the database for a signed-in person): the same request to try again. */
export default function GlobalError(_props: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <html lang="en">
      <body className="min-h-screen">
        <main className="mx-auto max-w-4xl px-4 py-6 sm:py-10">
          <TryAgain onRetry={() => window.location.reload()} />
        </main>
      </body>
    </html>
  );
}
