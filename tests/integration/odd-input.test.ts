import { beforeAll, describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import type { Db } from "@/lib/db/client";
import { flowInstances } from "@/lib/db/schema";
import { startFlow, submitStep, type FlowResult } from "@/lib/flows/runtime";
import { useFlowDatabase } from "./db";

/**
 * Control characters in a step's fields reach the database (kept values, feedback, the flow's
 * snapshot) unless validation stops them: NUL and lone surrogates make PostgreSQL refuse the jsonb
 * and the request fail. They must come back as a field error, with nothing of them kept.
 */

process.env.CAPTCHA_TEST_ANSWER = "ABCD";
const FLOW = "user-registration";
/** The picture refresh button of every captcha step (lib/flows/runtime.ts). */
const REFRESH_CAPTCHA = "refresh-captcha";
const database = useFlowDatabase();
let db: Db;
let n = 0;

beforeAll(() => {
  db = database();
});

const client = () => ({ address: `198.51.100.${++n}` });

function view(r: FlowResult) {
  if (r.kind !== "view") throw new Error(`expected a view, got ${r.kind}`);
  return r.view;
}

async function started() {
  const c = client();
  const s = await startFlow(FLOW, c);
  if (s.kind !== "started") throw new Error("not started");
  return { ...s, c };
}

describe("control characters in flow fields", () => {
  for (const [name, bad] of [["NUL", "\u0000"], ["NUL after a valid code", "GB\u0000"], ["a lone surrogate", "\ud800"], ["an escape", "\u001b[2J"]] as const) {
    it(`answers a field error for ${name} in the country, and keeps nothing of it`, async () => {
      const s = await started();
      const v = view(await submitStep(FLOW, s.id, s.token, { revision: 0, fields: { country: bad } }, s.c));
      expect(v.step).toBe("country");
      expect(v.fields.find((f) => f.name === "country")?.error).toEqual({ code: "control_characters", message: "Remove the invisible control characters." });
      const [row] = await db.select().from(flowInstances).where(eq(flowInstances.id, s.id));
      expect(JSON.stringify(row.feedback ?? {})).not.toContain("\\u0000");
      expect(row.revision).toBe(0);
    });
  }

  it("refuses NUL in an email beside a fresh picture code, and in a picture refresh", async () => {
    const s = await started();
    let v = view(await submitStep(FLOW, s.id, s.token, { revision: 0, fields: { country: "US" } }, s.c));
    const captchaId = v.fields.find((f) => f.kind === "captcha")!.captcha!.id;
    v = view(await submitStep(FLOW, s.id, s.token, { revision: 1, fields: { email: "ana\u0000@example.com", captcha: "ABCD", captchaId } }, s.c));
    expect(v.fields.find((f) => f.name === "email")?.error?.code).toBe("control_characters");
    expect(v.fields.find((f) => f.name === "email")?.value ?? "").toBe("");
    v = view(await submitStep(FLOW, s.id, s.token, { revision: 1, intent: REFRESH_CAPTCHA, fields: { email: "x\u0000" } }, s.c));
    expect(v.step).toBe("contact");
  });
});
