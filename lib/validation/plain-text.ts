import { z } from "zod";
import { t, type Translator } from "@/lib/messages";

/**
 * Text people type never holds control characters. PostgreSQL refuses NUL in text and jsonb (the
 * request would fail with a 500), and the others (escape sequences, C1 controls) only serve to hide
 * or garble what an agent or the owner later reads. A lone UTF-16 surrogate (from a JSON `\ud800`
 * escape) is no character at all and is refused the same way.
 */

/** C0 controls, DEL and C1 controls. */
const CONTROLS = /[\u0000-\u001f\u007f-\u009f]/;
/** The same without tab, line feed and carriage return, for multi-line text (messages, notes). */
const CONTROLS_EXCEPT_LINES = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/;

/**
 * The field error: its code, and its words in English (lib/messages/en/core.ts,
 * `fields.controlCharacters`); people get `controlCharacters(i18n)`, or `i18n.t("fields.controlCharacters")`.
 * Schemas keep the English words, so a refused issue is recognised by them.
 */
export const CONTROL_CHARACTERS = { code: "control_characters", message: t("fields.controlCharacters") } as const;

/** The same field error in the reader's language. */
export function controlCharacters(i18n: Translator): { code: "control_characters"; message: string } {
  return { code: CONTROL_CHARACTERS.code, message: i18n.t("fields.controlCharacters") };
}

export function hasControlCharacters(value: string, { multiline = false }: { multiline?: boolean } = {}): boolean {
  return (multiline ? CONTROLS_EXCEPT_LINES : CONTROLS).test(value) || !value.isWellFormed();
}

/**
 * A string schema that refuses control characters with the field message; chain `.trim()`,
 * `.max()` and the rest after it. `multiline` keeps tabs and line breaks (textareas).
 */
export function plainText(options: { multiline?: boolean } = {}) {
  return z.string().refine((v) => !hasControlCharacters(v, options), { message: CONTROL_CHARACTERS.message });
}
