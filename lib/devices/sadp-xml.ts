import { XMLParser } from "fast-xml-parser";

/**
 * Reading and writing the small flat XML documents SADP uses. Anything on the LAN can send us a
 * datagram, so reading refuses (returns null, never throws) whatever is not a small, plain document.
 */

export const MAX_MESSAGE_BYTES = 8 * 1024;
export const MAX_FIELD_CHARS = 128;

const parser = new XMLParser({
  ignoreAttributes: true,
  // Entities stay literal text; the five predefined ones are decoded below, nothing else expands.
  processEntities: false,
  htmlEntities: false,
  // Keep every value a string: "0123" serials and "flase" booleans must survive as written.
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: true,
  ignoreDeclaration: true,
  ignorePiTags: true,
  maxNestedTags: 8,
});

// Control characters other than tab, LF and CR have no place in these messages.
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/;

export function escapeXml(value: string): string {
  return value.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/'/g, "&apos;");
}

function unescapeXml(value: string): string {
  // &amp; last, so "&amp;lt;" becomes "&lt;" and not "<".
  return value.replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, "&");
}

/** `<tag>value</tag>` with the value escaped. */
export const element = (tag: string, value: string) => `<${tag}>${escapeXml(value)}</${tag}>`;

export const XML_DECLARATION = '<?xml version="1.0" encoding="utf-8"?>';

/**
 * The plain-text children of the single root element `root`, or null when the input is oversized,
 * not well-formed, declares a DOCTYPE or entities, holds control characters, has another (or more
 * than one) root, or a text child longer than MAX_FIELD_CHARS. Children that are nested or repeated
 * are left out, so a reader asking for one of them sees it as missing.
 */
export function readMessage(input: string | Buffer, root: string): Record<string, string> | null {
  try {
    const size = typeof input === "string" ? Buffer.byteLength(input) : input.length;
    if (size > MAX_MESSAGE_BYTES) return null;
    const text = typeof input === "string" ? input : input.toString("utf8");
    if (/<!DOCTYPE|<!ENTITY/i.test(text) || CONTROL.test(text)) return null;
    const doc: unknown = parser.parse(text, true); // true: validate first, throw on malformed input
    if (!doc || typeof doc !== "object") return null;
    const roots = Object.keys(doc);
    if (roots.length !== 1 || roots[0] !== root) return null;
    const node = (doc as Record<string, unknown>)[root];
    if (!node || typeof node !== "object" || Array.isArray(node)) return null;
    const fields: Record<string, string> = {};
    for (const [name, value] of Object.entries(node)) {
      if (typeof value !== "string") continue;
      const plain = unescapeXml(value);
      if (plain.length > MAX_FIELD_CHARS || CONTROL.test(plain)) return null;
      fields[name] = plain;
    }
    return fields;
  } catch {
    return null;
  }
}
