import { Fragment, type ReactNode } from "react";
import type { MessageKey, MessageValues, Translator } from "@/lib/messages";

const MARK = "\u0001";

/**
 * A message with elements inside it (a link in the middle of a sentence), so each language puts the
 * link where its word order wants it: the message is filled with markers, then cut at them.
 */
export function rich(i18n: Translator, key: MessageKey, elements: Record<string, ReactNode>, values: MessageValues = {}): ReactNode[] {
  const marks = Object.fromEntries(Object.keys(elements).map((name) => [name, `${MARK}${name}${MARK}`]));
  return i18n
    .t(key, { ...values, ...marks })
    .split(MARK)
    .map((part, i) => (i % 2 ? <Fragment key={i}>{elements[part]}</Fragment> : part));
}
