"use client";

import { useRouter } from "next/navigation";
import { startTransition } from "react";
import { TryAgain } from "@/components/try-again";
import { useTryAgainWords } from "@/components/try-again-words";

/** A page or form that failed on the server (e.g. the database was briefly away): ask to try again. */
export default function ErrorPage({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const router = useRouter();
  const { words } = useTryAgainWords({ fromDocument: true });
  return (
    <TryAgain
      words={words}
      onRetry={() =>
        startTransition(() => {
          router.refresh();
          reset();
        })
      }
    />
  );
}
