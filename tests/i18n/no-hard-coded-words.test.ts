import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import ts from "typescript";
import { describe, expect, it } from "vitest";

/**
 * Pages and components speak through the catalogue (lib/messages), so every language has every
 * word: this fails on a word written straight into JSX (text, or an aria-label, placeholder, title,
 * alt or label given as a string). The developer mailbox (app/dev) is a tool, not a page.
 */
const ROOT = path.resolve(import.meta.dirname, "../..");
const ATTRIBUTES = new Set(["aria-label", "placeholder", "title", "alt", "label"]);
/** Words that are the same in every language: the brand, and the MAC address's abbreviation. */
const SAME_EVERYWHERE = new Set(["GATEHOUSE", "· MAC"]);

function tsxFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return full.endsWith(`${path.sep}dev`) && dir.endsWith("app") ? [] : tsxFiles(full);
    return name.endsWith(".tsx") && !name.includes(".test.") ? [full] : [];
  });
}

function hardCodedWords(file: string): string[] {
  const source = ts.createSourceFile(file, readFileSync(file, "utf8"), ts.ScriptTarget.Latest, true, ts.ScriptKind.TSX);
  const found: string[] = [];
  const where = (node: ts.Node) => `${path.relative(ROOT, file)}:${source.getLineAndCharacterOfPosition(node.getStart()).line + 1}`;
  const visit = (node: ts.Node) => {
    if (ts.isJsxText(node) && /\p{L}{2,}/u.test(node.text) && !SAME_EVERYWHERE.has(node.text.trim())) found.push(`${where(node)} text "${node.text.trim()}"`);
    if (ts.isJsxAttribute(node) && ATTRIBUTES.has(node.name.getText()) && node.initializer && ts.isStringLiteral(node.initializer) && /\p{L}{2,}/u.test(node.initializer.text)) {
      found.push(`${where(node)} ${node.name.getText()}="${node.initializer.text}"`);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

describe("no hard-coded words", () => {
  it("pages and components take every word from the catalogue", () => {
    const files = [...tsxFiles(path.join(ROOT, "app")), ...tsxFiles(path.join(ROOT, "components"))];
    expect(files.length).toBeGreaterThan(80);
    expect(files.flatMap(hardCodedWords)).toEqual([]);
  });

  it("notices a word written into JSX", () => {
    const probe = path.join(ROOT, "tests/i18n/fixtures/hard-coded.tsx");
    expect(hardCodedWords(probe)).toEqual(['tests/i18n/fixtures/hard-coded.tsx:4 text "Sign in"', 'tests/i18n/fixtures/hard-coded.tsx:5 aria-label="Close"']);
  });
});
