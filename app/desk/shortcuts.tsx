"use client";

import { useEffect } from "react";
import { useHydrated } from "@/components/use-hydrated";

const KEYS: Record<string, string> = { j: "Next case", k: "Previous case", c: "Claim", a: "Approve", x: "Reject" };

/**
 * Single-key shortcuts on the case page: J / K follow the Next case / Previous case links; C, A and X
 * move focus to Claim, Approve and the rejection reason (Enter then acts), so a stray key never decides
 * a case. Keys typed into a field, or with a modifier, are left alone. The hint shows only when the
 * keys work (with JavaScript); without it the same links and buttons are in the tab order.
 */
export function DeskShortcuts() {
  const on = useHydrated();
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.defaultPrevented || e.altKey || e.ctrlKey || e.metaKey || e.repeat) return;
      const t = e.target as HTMLElement | null;
      if (t?.closest("input, textarea, select, [contenteditable], [data-own-keys]")) return;
      const key = e.key.toLowerCase();
      if (!(key in KEYS)) return;
      const el = document.querySelector<HTMLElement>(`[data-shortcut="${key}"]`);
      if (!el) return;
      e.preventDefault();
      if (key === "j" || key === "k") el.click();
      else {
        el.focus();
        el.scrollIntoView({ block: "center" });
      }
    };
    document.addEventListener("keydown", onKey);
    return () => document.removeEventListener("keydown", onKey);
  }, []);
  if (!on) return null;
  return (
    <p className="text-xs text-zinc-600" id="desk-keys">
      Keys:{" "}
      {Object.entries(KEYS).map(([k, label], i) => (
        <span key={k}>
          {i > 0 && " · "}
          <kbd className="rounded border border-zinc-300 bg-white px-1 font-mono">{k.toUpperCase()}</kbd> {label.toLowerCase()}
        </span>
      ))}
    </p>
  );
}
