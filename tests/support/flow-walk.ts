import fc from "fast-check";
import { afterAll, beforeAll } from "vitest";
import { eq, sql } from "drizzle-orm";
import type { Queryable } from "@/lib/db/client";
import { mailbox, users } from "@/lib/db/schema";
import { hashPassword } from "@/lib/security/passwords";
import { dispatchDue } from "@/lib/messaging/dispatcher";
import { codeIn } from "@/lib/dev/mailbox";
import type { FieldView, StepView } from "@/lib/flows/view";
import { oddJson, oddKey, oddString, watchRejections } from "./fuzz";
import { useFlowDatabase } from "../integration/db";

/**
 * Random walks through a flow's steps for the property tests: each move is a submission that
 * is mostly what a real client sends (so walks reach the later steps), with garbage mixed in at
 * every level: field values, unknown fields, actions, revisions, tokens and whole bodies.
 */

export const CAPTCHA_ANSWER = "ABCD";

type Slot = { mode: "valid" | "odd" | "omit"; value: unknown };

export type Move = {
  /** smart: a submission shaped from the step; raw: any body at all. */
  kind: "smart" | "raw";
  raw: unknown;
  rawText: string | null;
  revision: { mode: "current" | "delta" | "odd"; delta: number; odd: unknown };
  token: "right" | "none" | "wrong" | "odd";
  oddToken: string;
  id: "right" | "other" | "odd";
  oddId: string;
  /** null: the main button; a number picks one of the step's actions; a string is any action. */
  action: number | string | null;
  slots: Slot[];
  extra: Record<string, unknown>;
};

const slot: fc.Arbitrary<Slot> = fc.oneof(
  { weight: 8, arbitrary: fc.constant({ mode: "valid" as const, value: undefined }) },
  { weight: 2, arbitrary: oddJson.map((value) => ({ mode: "odd" as const, value })) },
  { weight: 1, arbitrary: fc.constant({ mode: "omit" as const, value: undefined }) },
);

export const moveArb: fc.Arbitrary<Move> = fc.record({
  kind: fc.oneof({ weight: 9, arbitrary: fc.constant("smart" as const) }, { weight: 1, arbitrary: fc.constant("raw" as const) }),
  raw: oddJson,
  rawText: fc.option(fc.oneof(oddString, fc.constantFrom("{", "[]", "{\"revision\":", "null", "\u0000")), { freq: 3 }),
  revision: fc.record({
    mode: fc.oneof({ weight: 12, arbitrary: fc.constant("current" as const) }, fc.constant("delta" as const), fc.constant("odd" as const)),
    delta: fc.oneof(fc.constantFrom(-1, 1, 2), fc.integer({ min: -1000, max: 1000 })),
    odd: fc.oneof(fc.double(), fc.constantFrom(-1, 2 ** 53, 2 ** 31, Number.MAX_SAFE_INTEGER), oddJson),
  }),
  token: fc.oneof({ weight: 16, arbitrary: fc.constant("right" as const) }, fc.constantFrom("none" as const, "wrong" as const, "odd" as const)),
  oddToken: oddString,
  id: fc.oneof({ weight: 16, arbitrary: fc.constant("right" as const) }, fc.constantFrom("other" as const, "odd" as const)),
  oddId: oddString,
  action: fc.oneof(
    { weight: 6, arbitrary: fc.constant(null) },
    { weight: 3, arbitrary: fc.nat({ max: 5 }) },
    { weight: 1, arbitrary: fc.oneof(oddString, fc.constantFrom("refresh-captcha", "SUBMIT", "xstate.init", "done.invoke.x", "effect", "")) },
  ),
  slots: fc.array(slot, { minLength: 8, maxLength: 8 }),
  extra: fc.oneof({ weight: 4, arbitrary: fc.constant({}) }, fc.dictionary(oddKey, oddJson, { maxKeys: 3 })),
});

/** The move of a person who does everything right: every field valid, the main button. */
export const rightMove: Move = {
  kind: "smart",
  raw: null,
  rawText: null,
  revision: { mode: "current", delta: 0, odd: null },
  token: "right",
  oddToken: "",
  id: "right",
  oddId: "",
  action: null,
  slots: Array.from({ length: 8 }, () => ({ mode: "valid" as const, value: undefined })),
  extra: {},
};

/** Walks of right moves only, given to fast-check as examples so every run reaches the last steps. */
export const rightWalk = (length: number): Move[] => Array.from({ length }, () => rightMove);

let unique = 0;

/** Accounts that password recovery walks look up: knownEmail(0..KNOWN_ACCOUNTS-1). */
export const KNOWN_ACCOUNTS = 40;
export const knownEmail = (n: number) => `known${n % KNOWN_ACCOUNTS}@example.com`;

/** The accounts behind knownEmail, all with the password Tr4in-Station. */
export async function seedKnownAccounts(db: Queryable): Promise<void> {
  const passwordHash = await hashPassword("Tr4in-Station");
  await db.insert(users).values(
    Array.from({ length: KNOWN_ACCOUNTS }, (_, i) => ({ username: `known_${i}`, usernameLower: `known_${i}`, email: knownEmail(i), emailLower: knownEmail(i), country: "US", passwordHash })),
  );
}

/** The newest code sent to `target` (delivering what is due first). */
async function latestCode(db: Queryable, target: string | undefined): Promise<string | undefined> {
  if (!target) return undefined;
  await dispatchDue(db);
  const [m] = await db.select().from(mailbox).where(eq(mailbox.recipient, target.toLowerCase())).orderBy(sql`id desc`).limit(1);
  return m ? codeIn(m.text) : undefined;
}

/** What a person who does everything right would type in this field. */
async function validValue(db: Queryable, field: FieldView, view: StepView): Promise<unknown> {
  const n = ++unique;
  switch (field.kind) {
    case "country":
      return "US";
    case "email":
      // Recovery needs an account to send a code to (tests seed KNOWN_ACCOUNTS of them).
      return view.flow === "password-recovery" ? knownEmail(n) : `fuzz${n}@example.com`;
    case "phone":
      return view.context.country === "US" || !view.context.country ? `(201) 555-01${String(n % 100).padStart(2, "0")}` : "01511 2345678";
    case "captcha":
      return CAPTCHA_ANSWER;
    case "code":
      return (await latestCode(db, view.context.target)) ?? "000000";
    case "username":
      return `fuzz_${n}`;
    case "new-password":
    case "confirm-password":
      return "Tr4in-Station";
    case "checkbox":
      return true;
    case "text":
      return "Ana Silva";
    case "auth-code":
      return "1234567890";
    default:
      return "";
  }
}

export type Built = { body: string; id: string; token: string | undefined };

/** The request a move makes on the step `view` shows. */
export async function buildRequest(db: Queryable, move: Move, view: StepView, token: string): Promise<Built> {
  const id = move.id === "right" ? view.id : move.id === "other" ? "00000000-0000-4000-8000-000000000000" : move.oddId;
  const tk = move.token === "right" ? token : move.token === "none" ? undefined : move.token === "wrong" ? `${token.slice(0, -2)}xx` : move.oddToken;
  if (move.kind === "raw") return { body: move.rawText ?? JSON.stringify(move.raw) ?? "", id, token: tk };
  const fields: Record<string, unknown> = {};
  for (const [i, f] of view.fields.entries()) {
    const s = move.slots[i % move.slots.length];
    if (s.mode === "omit") continue;
    fields[f.name] = s.mode === "valid" ? await validValue(db, f, view) : s.value;
    if (f.kind === "captcha" && f.captcha) fields.captchaId = f.captcha.id;
  }
  Object.assign(fields, move.extra);
  const events = [view.submit?.event, ...view.actions.map((a) => a.event), ...(view.tabs?.others ?? []).map((t) => t.event)].filter(Boolean) as string[];
  const action = move.action === null ? undefined : typeof move.action === "number" ? events[move.action % Math.max(1, events.length)] : move.action;
  const revision = move.revision.mode === "current" ? view.revision : move.revision.mode === "delta" ? view.revision + move.revision.delta : move.revision.odd;
  return { body: JSON.stringify({ revision, ...(action !== undefined ? { action } : {}), fields }), id, token: tk };
}

/**
 * For a fuzz file: the flow database with the known accounts seeded, and the unhandled promise
 * rejections seen while its properties run (they must stay none). Returns the database getter and
 * the rejections.
 */
export function useWalkDatabase() {
  const database = useFlowDatabase();
  const rejections = watchRejections();
  beforeAll(async () => {
    await seedKnownAccounts(database());
    rejections.start();
  });
  afterAll(() => rejections.stop());
  return { database, rejections };
}
