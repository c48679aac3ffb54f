"use client";

import { useEffect, useState } from "react";
import { SubmitButton } from "./submit-button";

/**
 * Resend, waiting out the cooldown. The server renders it disabled with the seconds left; with
 * JavaScript it counts down and enables itself. The server checks the cooldown either way.
 */
export function ResendButton({ label, event, availableAt }: { label: string; event: string; availableAt?: string }) {
  const until = availableAt ? Date.parse(availableAt) : 0;
  const [left, setLeft] = useState(() => Math.max(0, Math.ceil((until - Date.now()) / 1000)));
  useEffect(() => {
    if (!until) return;
    const tick = () => setLeft(Math.max(0, Math.ceil((until - Date.now()) / 1000)));
    tick();
    const t = setInterval(tick, 1000);
    return () => clearInterval(t);
  }, [until]);
  return (
    <SubmitButton name="intent" value={event} formNoValidate disabled={left > 0} className="btn-secondary">
      {left > 0 ? `${label} (${left} s)` : label}
    </SubmitButton>
  );
}
