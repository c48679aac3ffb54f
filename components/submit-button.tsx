"use client";

import type { ReactNode } from "react";
import { useFormStatus } from "react-dom";

type Props = {
  name?: string;
  value?: string;
  className?: string;
  formNoValidate?: boolean;
  /** Disabled for reasons of its own (a Resend cooldown). */
  disabled?: boolean;
  /** The text while its form's request runs (only on the pressed button). */
  workingLabel?: string;
  hiddenDefault?: boolean;
  autoFocus?: boolean;
  children?: ReactNode;
};

/**
 * A submit button that shows its form is working: while the request runs every button of the form
 * is disabled (so nothing is sent twice) and the pressed one says "Working…" with aria-busy.
 * Without JavaScript it is a plain submit button; the server recognises a repeated submission.
 */
export function SubmitButton({ name, value, className, formNoValidate, disabled, workingLabel = "Working…", hiddenDefault, autoFocus, children }: Props) {
  const { pending, data } = useFormStatus();
  const pressed = pending && (name === undefined || data?.get(name) === value);
  if (hiddenDefault) {
    // Enter in a text box presses the first submit button of a form: the step's main action.
    return <button type="submit" name={name} value={value} disabled={pending} tabIndex={-1} aria-hidden="true" className={className} />;
  }
  return (
    <button
      type="submit"
      name={name}
      value={value}
      formNoValidate={formNoValidate}
      disabled={disabled || pending}
      aria-busy={pressed || undefined}
      autoFocus={autoFocus}
      className={className}
    >
      {pressed ? (
        <span className="inline-flex items-center justify-center gap-2">
          <span aria-hidden="true" className="size-4 animate-spin rounded-full border-2 border-current border-t-transparent" />
          {workingLabel}
        </span>
      ) : (
        children
      )}
    </button>
  );
}
