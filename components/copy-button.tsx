"use client";

import { useState } from "react";

/** Copies a value to the clipboard; without JavaScript the value stays selectable beside it. */
export function CopyButton({
  value,
  label = "Copy",
  copiedLabel = "Copied",
  announcement = "Reset code copied",
}: {
  value: string;
  label?: string;
  /** What the button says for a moment after copying (wizard.copy.copied in other languages). */
  copiedLabel?: string;
  /** What a screen reader hears after copying (wizard.copy.copiedCode). */
  announcement?: string;
}) {
  const [copied, setCopied] = useState(false);
  return (
    <button
      type="button"
      className="btn-secondary"
      onClick={async () => {
        await navigator.clipboard.writeText(value);
        setCopied(true);
        setTimeout(() => setCopied(false), 2000);
      }}
    >
      {copied ? copiedLabel : label}
      <span className="sr-only" role="status">
        {copied ? announcement : ""}
      </span>
    </button>
  );
}
