"use client";

import { useState, type InputHTMLAttributes } from "react";
import { useHydrated } from "./use-hydrated";

/**
 * A password box with a Show password / Hide password toggle. The toggle appears only once
 * JavaScript runs; without it the field stays a plain password field. The labels come in the
 * page's language from the server (English when not given).
 */
export function PasswordInput({
  showLabel = "Show password",
  hideLabel = "Hide password",
  ...props
}: InputHTMLAttributes<HTMLInputElement> & { id: string; showLabel?: string; hideLabel?: string }) {
  const [shown, setShown] = useState(false);
  const ready = useHydrated();
  return (
    <div className="relative mt-1">
      <input {...props} type={shown ? "text" : "password"} className={`input ${ready ? "pr-16" : ""}`} />
      {ready && (
        <button
          type="button"
          aria-pressed={shown}
          aria-controls={props.id}
          onClick={() => setShown((s) => !s)}
          className="absolute inset-y-0 right-0 rounded-r-md px-3 text-xs font-medium text-zinc-700 hover:bg-zinc-100 focus-visible:outline focus-visible:outline-2 focus-visible:outline-brand"
        >
          {shown ? hideLabel : showLabel}
        </button>
      )}
    </div>
  );
}
