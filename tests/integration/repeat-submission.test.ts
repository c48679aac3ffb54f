import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import type { Db } from "@/lib/db/client";
import { flowEvents, flowInstances, outbox } from "@/lib/db/schema";
import { startFlow, submitStep } from "@/lib/flows/runtime";
import { resetClock } from "@/lib/clock";
import { codeIn } from "@/lib/dev/mailbox";
import { useFlowDatabase, viewOf } from "./db";
import { lastMailTo } from "../support/mail";

process.env.CAPTCHA_TEST_ANSWER = "ABCD";
const FLOW = "user-registration";
const PASSWORD = "Tr4in-Station";
const database = useFlowDatabase();
let db: Db;
let n = 0;

beforeAll(() => {
  db = database();
});
beforeEach(() => resetClock());

const client = () => ({ address: `198.51.100.${++n}` });

const view = viewOf;

async function latestCode(to: string) {
  const m = await lastMailTo(db, to);
  return codeIn(m.text)!;
}

async function atContactStep() {
  const c = client();
  const started = await startFlow(FLOW, c);
  if (started.kind !== "started") throw new Error("not started");
  const { id, token } = started;
  const r = await submitStep(FLOW, id, token, { revision: 0, fields: { country: "US" } }, c);
  const captchaId = view(r).fields.find((f) => f.kind === "captcha")!.captcha!.id;
  return { id, token, c, captchaId };
}

describe("a repeat of the same submission", () => {
  it("answers with the step it led to, without the stale error and without doing it twice", async () => {
    const f = await atContactStep();
    const submission = { revision: 1, intent: "SUBMIT_CONTACT", fields: { email: "twice@example.com", captcha: "abcd", captchaId: f.captchaId } };
    const first = await submitStep(FLOW, f.id, f.token, submission, f.c);
    expect(view(first).step).toBe("verify-email");
    const again = await submitStep(FLOW, f.id, f.token, submission, f.c);
    expect(again).toMatchObject({ kind: "view" });
    expect((again as { stale?: boolean }).stale).toBeFalsy();
    expect(view(again)).toMatchObject({ step: "verify-email", revision: 2 });
    expect(view(again).error).toBeUndefined();
    // One code sent, one accepted event.
    expect(await db.select().from(outbox).where(eq(outbox.recipient, "twice@example.com"))).toHaveLength(1);
    const events = await db.select().from(flowEvents).where(eq(flowEvents.instanceId, f.id));
    expect(events.filter((e) => e.revision === 2)).toHaveLength(1);
  });

  it("a different submission from the same old screen still gets the stale error", async () => {
    const f = await atContactStep();
    await submitStep(FLOW, f.id, f.token, { revision: 1, fields: { email: "first@example.com", captcha: "abcd", captchaId: f.captchaId } }, f.c);
    const other = await submitStep(FLOW, f.id, f.token, { revision: 1, fields: { email: "second@example.com", captcha: "abcd", captchaId: f.captchaId } }, f.c);
    expect(other).toMatchObject({ kind: "view", stale: true });
    expect(view(other).error?.code).toBe("stale");
    // A submission from two screens back is never a repeat.
    const older = await submitStep(FLOW, f.id, f.token, { revision: 0, fields: { country: "US" } }, f.c);
    expect(older).toMatchObject({ kind: "view", stale: true });
  });

  it("is still recognised after a refused attempt on the next step, and keeps no secret in clear", async () => {
    const f = await atContactStep();
    await submitStep(FLOW, f.id, f.token, { revision: 1, fields: { email: "keep@example.com", captcha: "abcd", captchaId: f.captchaId } }, f.c);
    const code = await latestCode("keep@example.com");
    const submission = { revision: 2, fields: { code } };
    expect(view(await submitStep(FLOW, f.id, f.token, submission, f.c)).step).toBe("credentials");
    // A password too weak: field errors stored as feedback at revision 3.
    const weak = await submitStep(FLOW, f.id, f.token, { revision: 3, fields: { username: "keep_me", password: "weak", confirmPassword: "weak", terms: "on" } }, f.c);
    expect(view(weak).fields.find((x) => x.name === "password")?.error).toBeTruthy();
    const again = await submitStep(FLOW, f.id, f.token, submission, f.c);
    expect((again as { stale?: boolean }).stale).toBeFalsy();
    expect(view(again)).toMatchObject({ step: "credentials", revision: 3 });
    expect(view(again).fields.find((x) => x.name === "username")?.value).toBe("keep_me");
    const [row] = await db.select().from(flowInstances).where(eq(flowInstances.id, f.id));
    const stored = JSON.stringify(row.feedback);
    expect(stored).toContain("accepted");
    expect(stored).not.toContain(code);
    expect(stored).not.toContain("weak");
    // Finishing, then repeating the last step, shows the finished flow.
    const finish = { revision: 3, fields: { username: "keep_me", password: PASSWORD, confirmPassword: PASSWORD, terms: "on" } };
    expect((await submitStep(FLOW, f.id, f.token, finish, f.c)).kind).toBe("completed");
    expect((await submitStep(FLOW, f.id, f.token, finish, f.c)).kind).toBe("completed");
  });
});

describe("the step indicator", () => {
  it("numbers the main path from the definition, the phone variant included, and not the final page", async () => {
    const c = client();
    const started = await startFlow(FLOW, c);
    if (started.kind !== "started") throw new Error("not started");
    expect(started.view.progress).toEqual({ step: 1, of: 4 });
    let r = await submitStep(FLOW, started.id, started.token, { revision: 0, fields: { country: "US" } }, c);
    expect(view(r).progress).toEqual({ step: 2, of: 4 });
    r = await submitStep(FLOW, started.id, started.token, { revision: 1, intent: "USE_PHONE", fields: {} }, c);
    expect(view(r)).toMatchObject({ step: "contact-phone", progress: { step: 2, of: 4 } });
  });
});
