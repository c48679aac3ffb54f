import type { ReactNode } from "react";

/**
 * One button that posts one hidden value to a server action (remove this passkey, discard this
 * draft): a plain form, so it works without JavaScript.
 */
export function ActionButton({
  action,
  name,
  value,
  primary = false,
  label,
  className,
  children,
}: {
  action: (formData: FormData) => void | Promise<void>;
  name: string;
  value: string;
  primary?: boolean;
  /** The button's accessible name, where its text alone would not say which thing it acts on. */
  label?: string;
  /** Classes for the form, such as a margin. */
  className?: string;
  children: ReactNode;
}) {
  return (
    <form action={action} className={className}>
      <input type="hidden" name={name} value={value} />
      <button type="submit" className={primary ? "btn-primary" : "btn-secondary"} aria-label={label}>
        {children}
      </button>
    </form>
  );
}
