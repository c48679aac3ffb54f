"use client";

import { useEffect } from "react";

/**
 * Moves focus when a step is shown: to the error summary after a refused submission (so screen
 * readers announce it), otherwise to the step's first field. `renderId` is new with every answer
 * from the server, so the same step shown again after another refusal is focused again.
 */
export function StepFocus({ target, revision, renderId }: { target: string; revision: number; renderId: string }) {
  useEffect(() => {
    const el = document.getElementById(target);
    if (el && document.activeElement !== el) el.focus();
  }, [target, revision, renderId]);
  return null;
}
