"use client";

import { usePathname } from "next/navigation";
import { useEffect, useId, useRef, useState } from "react";
import { useHydrated } from "./use-hydrated";

const PANEL = "absolute inset-x-0 top-full z-40 border-b border-zinc-200 bg-white shadow-md";
const TRIGGER =
  "inline-flex min-h-10 cursor-pointer list-none items-center gap-1.5 rounded-md border border-zinc-300 bg-white px-3 py-2 font-medium text-zinc-800 hover:bg-zinc-100 focus-visible:outline-2 focus-visible:outline-brand [&::-webkit-details-marker]:hidden";

function MenuIcon() {
  return (
    <svg aria-hidden="true" viewBox="0 0 24 24" className="size-4 fill-none stroke-current stroke-2">
      <path d="M4 6h16M4 12h16M4 18h16" />
    </svg>
  );
}

/**
 * The small-screen "Menu" disclosure. The server renders <details>/<summary>, which opens and closes
 * without JavaScript; once the page is hydrated it becomes a button with aria-expanded that closes
 * on Escape, on a click outside and after navigating.
 */
export function NavMenu({ children, label = "Menu" }: { children: React.ReactNode; label?: string }) {
  const enhanced = useHydrated();
  const pathname = usePathname();
  const [open, setOpen] = useState(false);
  // Navigating closes it (state adjusted while rendering, not in an effect).
  const [shownOn, setShownOn] = useState(pathname);
  if (shownOn !== pathname) {
    setShownOn(pathname);
    setOpen(false);
  }
  const id = useId();
  const root = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (!open) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== "Escape") return;
      setOpen(false);
      button.current?.focus();
    };
    const onPointer = (e: PointerEvent) => {
      if (!root.current?.contains(e.target as Node)) setOpen(false);
    };
    document.addEventListener("keydown", onKey);
    document.addEventListener("pointerdown", onPointer);
    return () => {
      document.removeEventListener("keydown", onKey);
      document.removeEventListener("pointerdown", onPointer);
    };
  }, [open]);

  if (!enhanced) {
    return (
      <details>
        <summary className={TRIGGER}>
          <MenuIcon />
          {label}
        </summary>
        <div className={PANEL}>{children}</div>
      </details>
    );
  }
  return (
    <div ref={root}>
      <button ref={button} type="button" className={TRIGGER} aria-expanded={open} aria-controls={id} onClick={() => setOpen((o) => !o)}>
        <MenuIcon />
        {label}
      </button>
      <div id={id} className={PANEL} hidden={!open}>
        {children}
      </div>
    </div>
  );
}
