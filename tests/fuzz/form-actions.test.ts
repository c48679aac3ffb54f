import fc from "fast-check";
import { describe, expect, it, vi } from "vitest";
import { initialView, showFlow } from "@/lib/flows/runtime";
import type { StepView } from "@/lib/flows/view";
import { fuzzParams, fuzzTimeout, instanceState, oddString, tableCounts } from "../support/fuzz";
import { buildRequest, CAPTCHA_ANSWER, knownEmail, moveArb, rightMove, rightWalk, useWalkDatabase, type Move } from "../support/flow-walk";
import { browser, cookieStore, redirect, runAction } from "../support/next-request";

vi.mock("next/headers", () => ({ headers: async () => browser.headers, cookies: async () => cookieStore() }));
vi.mock("next/navigation", () => ({ redirect }));
vi.mock("@/lib/auth", () => ({
  signIn: async (_provider: string, options: { redirectTo: string }) => redirect(options.redirectTo),
  signOut: async (options: { redirectTo: string }) => redirect(options.redirectTo),
  auth: async () => null,
}));

const { startRegistration, submitRegistrationStep } = await import("@/app/register/actions");
const { startInstallerRegistration, submitInstallerRegistrationStep } = await import("@/app/register/installer/actions");
const { startRecovery, submitRecoveryStep } = await import("@/app/forgot-password/actions");
const { signInAction, resendConfirmationAction } = await import("@/app/login/actions");
const { confirmNewsletterAction, unsubscribeAction } = await import("@/app/newsletter/actions");

/**
 * Property tests of the server actions the wizard forms post, as a browser would post them (every
 * value a string; the flow's token in its cookie): whatever the form holds, the action ends in a
 * redirect to a page of the site, never an error page; a refused step writes nothing; an accepted
 * one moves exactly one revision. The sign-in and newsletter forms are thrown garbage as well.
 */

process.env.CAPTCHA_TEST_ANSWER = CAPTCHA_ANSWER;
const { database, rejections } = useWalkDatabase();

type Wizard = { flow: string; start: (fd: FormData) => Promise<void>; submit: (fd: FormData) => Promise<void> };
const WIZARDS: Wizard[] = [
  { flow: "user-registration", start: startRegistration, submit: submitRegistrationStep },
  { flow: "installer-registration", start: startInstallerRegistration, submit: submitInstallerRegistrationStep },
  { flow: "password-recovery", start: startRecovery, submit: submitRecoveryStep },
];

let clients = 0;
const newBrowser = () => {
  const n = ++clients;
  browser.reset(`10.200.${(n >> 8) & 255}.${n & 255}`);
};

/** A form post as a browser sends it: every value a string. */
function formOf(body: string, flowId?: string): FormData {
  const fd = new FormData();
  let parsed: unknown;
  try {
    parsed = JSON.parse(body);
  } catch {
    fd.append("junk", body);
    return fd;
  }
  const b = (parsed && typeof parsed === "object" ? parsed : { junk: parsed }) as Record<string, unknown>;
  const text = (v: unknown) => (typeof v === "string" ? v : v === true ? "on" : v === false ? "" : JSON.stringify(v) ?? "");
  if (flowId !== undefined) fd.append("flowId", flowId);
  if ("revision" in b) fd.append("revision", text(b.revision));
  if (typeof b.action === "string") fd.append("intent", b.action);
  const fields = (b.fields && typeof b.fields === "object" ? b.fields : {}) as Record<string, unknown>;
  for (const [k, v] of Object.entries(fields)) fd.append(k, text(v));
  return fd;
}

/** Every action must end by sending the browser to a page of this site. */
function expectOwnPage(url: string) {
  expect(url, "the action did not redirect").not.toBe("(no redirect)");
  expect(url.startsWith("/") && !url.startsWith("//"), `redirect off the site: ${url}`).toBe(true);
}

const flowCookieId = (name: string) => /^gh_flow_([0-9a-f]{32})$/.exec(name)?.[1]?.replace(/^(.{8})(.{4})(.{4})(.{4})(.{12})$/, "$1-$2-$3-$4-$5");

async function submitMove(w: Wizard, move: Move, id: string, token: string, view: StepView) {
  const req = await buildRequest(database(), move, view, token);
  const cookie = `gh_flow_${id.replace(/-/g, "")}`;
  // A wrong or missing token arrives as a wrong or missing cookie.
  if (req.token === undefined) browser.jar.delete(cookie);
  else browser.jar.set(cookie, req.token);
  const before = await instanceState(database(), id);
  const countsBefore = await tableCounts(database());
  expectOwnPage(await runAction(w.submit, formOf(req.body, req.id)));
  browser.jar.set(cookie, token);
  const after = await instanceState(database(), id);
  const countsAfter = await tableCounts(database());
  if (!before || !after) throw new Error("the flow row vanished");
  if (after.revision === before.revision) {
    expect(after).toEqual(before);
    expect(countsAfter).toEqual(countsBefore);
  } else {
    expect(after.revision).toBe(before.revision + 1);
    expect(after.events).toBe(before.events + 1);
    expect(countsAfter.flow_instances).toBe(countsBefore.flow_instances);
  }
}

describe("the wizard forms under random posts", () => {
  it("always redirect within the site; refused steps write nothing; accepted ones move one revision", async () => {
    const reached = new Set<string>();
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...WIZARDS), moveArb, fc.array(moveArb, { minLength: 0, maxLength: 12 }), async (w, first, moves) => {
        newBrowser();
        const initial = await initialView(w.flow);
        const req = await buildRequest(database(), { ...first, id: "right", token: "right" }, initial, "");
        const countsBefore = await tableCounts(database());
        expectOwnPage(await runAction(w.start, formOf(req.body)));
        const cookies = [...browser.jar.keys()].map(flowCookieId).filter(Boolean) as string[];
        const countsAfter = await tableCounts(database());
        expect(countsAfter.flow_instances - countsBefore.flow_instances).toBe(cookies.length);
        if (!cookies.length) return;
        const id = cookies[0];
        const token = browser.jar.get(`gh_flow_${id.replace(/-/g, "")}`)!;
        for (const move of moves) {
          const shown = await showFlow(w.flow, id, token);
          if (shown.kind !== "view") break;
          reached.add(`${w.flow}/${shown.view.step}`);
          await submitMove(w, move, id, token, shown.view);
        }
      }),
      // The random walks alone reach the last steps only now and then: right walks come first.
      { ...fuzzParams(80), examples: WIZARDS.map((w) => [w, rightMove, rightWalk(12)] as [Wizard, Move, Move[]]) },
    );
    console.log(`[fuzz] form steps reached: ${[...reached].sort().join(", ")}`);
    expect(rejections.seen).toEqual([]);
    for (const s of ["user-registration/credentials", "installer-registration/profile", "password-recovery/new-password"]) expect(reached).toContain(s);
  }, fuzzTimeout());

  it("the sign-in, Verify Now resend and newsletter forms redirect within the site for any input", async () => {
    const field = fc.oneof(fc.constantFrom(knownEmail(1), "known_1", "Tr4in-Station", "+12015550142", "/account", "//evil.example", "https://evil.example/"), oddString);
    await fc.assert(
      fc.asyncProperty(
        fc.dictionary(fc.constantFrom("identifier", "password", "next", "token", "x"), field, { maxKeys: 4 }),
        fc.constantFrom(signInAction, resendConfirmationAction, confirmNewsletterAction, unsubscribeAction),
        async (entries, action) => {
          newBrowser();
          const fd = new FormData();
          for (const [k, v] of Object.entries(entries)) fd.append(k, v);
          expectOwnPage(await runAction(action, fd));
        },
      ),
      fuzzParams(300),
    );
    expect(rejections.seen).toEqual([]);
  }, fuzzTimeout());
});
