"use client";

import { useEffect, useState } from "react";
import { SubmitButton } from "./submit-button";

/**
 * Resend, waiting out the cooldown. The server renders it disabled with the seconds left; with
 * JavaScript it counts down and enables itself. The server checks the cooldown either way.
 */
export function ResendButton({
  label,
  event,
  availableAt,
  waiting = `${label} ({seconds} s)`,
  workingLabel,
}: {
  label: string;
  event: string;
  availableAt?: string;
  /** The label while waiting, in the page's language; `{seconds}` is filled in here. */
  waiting?: string;
  workingLabel?: string;
}) {
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
    <SubmitButton name="intent" value={event} formNoValidate disabled={left > 0} className="btn-secondary" workingLabel={workingLabel}>
      {left > 0 ? waiting.replace("{seconds}", String(left)) : label}
    </SubmitButton>
  );
}
