import type { ReactNode } from "react";

/**
 * A card: a section named by its own heading (`aria-labelledby` points at it). A page's main card
 * carries the page's h1; the cards below it carry h2s.
 */
export function Card({
  id,
  title,
  level = 2,
  className,
  children,
}: {
  /** The heading's id, which names the section. */
  id: string;
  title: ReactNode;
  level?: 1 | 2;
  /** More classes for the section, such as a width. */
  className?: string;
  children?: ReactNode;
}) {
  const Heading = level === 1 ? "h1" : "h2";
  return (
    <section className={className ? `card ${className}` : "card"} aria-labelledby={id}>
      <Heading id={id} className={level === 1 ? "text-xl font-bold" : "text-lg font-bold"}>
        {title}
      </Heading>
      {children}
    </section>
  );
}
