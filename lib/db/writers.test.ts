import { describe, expect, it } from "vitest";
import fs from "node:fs";
import path from "node:path";

const root = path.resolve(import.meta.dirname, "../..");

function sources(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) return sources(p);
    return /\.(ts|tsx)$/.test(e.name) && !/\.test\.tsx?$/.test(e.name) ? [p] : [];
  });
}

/** The app's source files (not tests) whose text matches. */
function filesMatching(pattern: RegExp): string[] {
  return ["lib", "app", "machines", "emails"]
    .flatMap((d) => sources(path.join(root, d)))
    .filter((f) => pattern.test(fs.readFileSync(f, "utf8")))
    .map((f) => path.relative(root, f));
}

describe("one writer per concern", () => {
  it("the outbox is written only by enqueueMessage", () => {
    expect(filesMatching(/\.insert\(\s*outbox\s*\)|insert\s+into\s+outbox/i)).toEqual(["lib/messaging/outbox.ts"]);
  });

  it("sessions are changed only in lib/auth/sessions.ts (revokeSessions ends them)", () => {
    expect(filesMatching(/\.update\(\s*authSessions\s*\)|update\s+auth_sessions/i)).toEqual(["lib/auth/sessions.ts"]);
  });
});
