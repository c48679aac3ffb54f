"use client";

import { useEffect } from "react";
import { useHydrated } from "@/components/use-hydrated";

/** The keys, in the order the hint lists them. */
const KEYS = ["j", "k", "c", "a", "x"] as const;

/** The hint's words in the page's language, from the server (the hint says what each key does). */
export type ShortcutWords = { keys: string } & Record<(typeof KEYS)[number], string>;

/**
 * Single-key shortcuts on the case page: J / K follow the Next case / Previous case links; C, A and X
 * move focus to Claim, Approve and the rejection reason (Enter then acts), so a stray key never decides
 * a case. Keys typed into a field, or with a modifier, are left alone. The hint shows only when the
 * keys work (with JavaScript); without it the same links and buttons are in the tab order.
 */
export function DeskShortcuts({ words }: { words: ShortcutWords }) {
  const on = useHydrated();
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.defaultPrevented || e.altKey || e.ctrlKey || e.metaKey || e.repeat) return;
      const t = e.target as HTMLElement | null;
      if (t?.closest("input, textarea, select, [contenteditable], [data-own-keys]")) return;
      const key = e.key.toLowerCase();
      if (!(KEYS as readonly string[]).includes(key)) return;
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
      {words.keys}{" "}
      {KEYS.map((k, i) => (
        <span key={k}>
          {i > 0 && " · "}
          <kbd className="rounded border border-zinc-300 bg-white px-1 font-mono">{k.toUpperCase()}</kbd> {words[k]}
        </span>
      ))}
    </p>
  );
}
