"use client";

import { useRouter } from "next/navigation";
import { startTransition } from "react";
import { TryAgain } from "@/components/try-again";

/** A page or form that failed on the server (e.g. the database was briefly away): ask to try again. */
export default function ErrorPage({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const router = useRouter();
  return (
    <TryAgain
      onRetry={() =>
        startTransition(() => {
          router.refresh();
          reset();
        })
      }
    />
  );
}
