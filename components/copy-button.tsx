"use client";

import { useState } from "react";

/** Copies a value to the clipboard; without JavaScript the value stays selectable beside it. */
export function CopyButton({ value, label = "Copy" }: { value: string; label?: string }) {
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
      {copied ? "Copied" : label}
      <span className="sr-only" role="status">
        {copied ? "Reset code copied" : ""}
      </span>
    </button>
  );
}
