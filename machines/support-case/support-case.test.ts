import { describe, expect, it } from "vitest";
import { validateDefinition } from "@/lib/flows/validate";
import { supportCaseDefinition } from "./definition";
import { supportCaseActions, supportCaseGuards, type CaseEvent } from "./implementations";
import { stepCase } from "./machine";

const agent = (id = "a1"): CaseEvent["actor"] => ({ id, role: "agent" });
const owner: CaseEvent["actor"] = { id: "u1", role: "customer" };
const ev = (type: string, actor: CaseEvent["actor"], facts: CaseEvent["facts"] = {}, input: Record<string, unknown> = {}): CaseEvent => ({
  type,
  actor,
  facts: { ownerId: "u1", ...facts },
  input,
});

describe("support case machine", () => {
  it("is a valid definition where only an agent's approval issues a reset code", () => {
    const impl = { guards: supportCaseGuards, actions: supportCaseActions, actors: {} };
    expect(validateDefinition(supportCaseDefinition, impl)).toEqual([]);
    // Every transition that issues a code is guarded by an agent check (byAgent, or secondApprover which implies it).
    const issuing = Object.values(supportCaseDefinition.states).flatMap((state) =>
      Object.values((state as { on?: Record<string, unknown> }).on ?? {})
        .flatMap((t) => (Array.isArray(t) ? t : [t]) as { guard?: string; actions?: string | string[] }[])
        .filter((t) => [t.actions ?? []].flat().includes("issueResetCode")),
    );
    expect(issuing.length).toBeGreaterThan(0);
    // ...and by a guard that also turns the case's owner away (byAgent alone would not).
    for (const t of issuing) expect(["byDecidingAgent", "secondApprover"]).toContain(t.guard);
    for (const t of issuing) {
      const guard = supportCaseGuards[t.guard as keyof typeof supportCaseGuards];
      expect(guard({ event: ev("APPROVE", agent("u1"), { firstApproverId: "a1" }) })).toBe(false);
      expect(guard({ event: ev("APPROVE", owner, { firstApproverId: "a1" }) })).toBe(false);
    }
  });

  it("goes new -> in review -> approved, issuing the code and telling the customer", () => {
    const claimed = stepCase("new", ev("CLAIM", agent()));
    expect(claimed).toEqual({ status: "in_review", effects: [{ kind: "assign", agentId: "a1" }] });
    const approved = stepCase("in_review", ev("APPROVE", agent()));
    expect(approved).toEqual({ status: "approved", effects: [{ kind: "decision" }, { kind: "issueResetCode" }, { kind: "notify", what: "approved" }] });
    expect(stepCase("approved", ev("RESET_APPLIED", owner))).toEqual({
      status: "closed",
      effects: [{ kind: "codeUsed" }, { kind: "notify", what: "closed" }],
    });
  });

  it("never lets a customer approve, reject or claim", () => {
    for (const type of ["APPROVE", "REJECT", "ASK_CUSTOMER", "CLOSE"]) {
      for (const status of ["new", "in_review", "waiting_customer", "awaiting_second_approval", "approved"] as const) {
        expect(stepCase(status, ev(type, owner))).toBeNull();
      }
    }
  });

  it("with four eyes, the first approval waits and only another agent completes it", () => {
    const first = stepCase("in_review", ev("APPROVE", agent("a1"), { fourEyes: true }));
    expect(first).toEqual({ status: "awaiting_second_approval", effects: [{ kind: "decision" }, { kind: "firstApproval", agentId: "a1" }] });
    expect(stepCase("awaiting_second_approval", ev("APPROVE", agent("a1"), { fourEyes: true, firstApproverId: "a1" }))?.status).toBe("awaiting_second_approval");
    expect(stepCase("awaiting_second_approval", ev("APPROVE", agent("a2"), { fourEyes: true, firstApproverId: "a1" }))?.status).toBe("approved");
  });

  it("never lets an agent approve or reject a case they own, and says so", () => {
    const self = agent("u1"); // the agent who opened the case for their own device
    const refused = { status: "in_review", effects: [{ kind: "refused", reason: "own_case" }] };
    expect(stepCase("in_review", ev("APPROVE", self))).toEqual(refused);
    expect(stepCase("in_review", ev("APPROVE", self, { fourEyes: true }))).toEqual(refused);
    expect(stepCase("in_review", ev("REJECT", self, {}, { reason: "other" }))).toEqual(refused);
    for (const status of ["new", "waiting_customer", "awaiting_second_approval"] as const) {
      expect(stepCase(status, ev("REJECT", self))).toEqual({ status, effects: [{ kind: "refused", reason: "own_case" }] });
    }
    // As the second approver of a four-eyes case it is refused too.
    expect(stepCase("awaiting_second_approval", ev("APPROVE", self, { fourEyes: true, firstApproverId: "a1" }))).toEqual({
      status: "awaiting_second_approval",
      effects: [{ kind: "refused", reason: "own_case" }],
    });
    // A case whose owner is unknown is decided by nobody.
    expect(stepCase("in_review", { type: "APPROVE", actor: agent("a1"), facts: {}, input: {} })?.status).toBe("in_review");
    // Claiming, asking and closing are not decisions.
    expect(stepCase("new", ev("CLAIM", self))?.status).toBe("in_review");
    expect(stepCase("in_review", ev("ASK_CUSTOMER", self))?.status).toBe("waiting_customer");
  });

  it("with four eyes, the first approver's second approval is refused and said so; they may still reject", () => {
    const facts = { fourEyes: true, firstApproverId: "a1" };
    expect(stepCase("awaiting_second_approval", ev("APPROVE", agent("a1"), facts))).toEqual({
      status: "awaiting_second_approval",
      effects: [{ kind: "refused", reason: "same_approver" }],
    });
    expect(stepCase("awaiting_second_approval", ev("REJECT", agent("a1"), facts))?.status).toBe("rejected");
    // Two distinct agents, neither the owner: approved, with the code issued once.
    expect(stepCase("awaiting_second_approval", ev("APPROVE", agent("a2"), facts))).toEqual({
      status: "approved",
      effects: [{ kind: "issueResetCode" }, { kind: "notify", what: "approved" }],
    });
  });

  it("asks the customer and goes back to review on their reply", () => {
    expect(stepCase("in_review", ev("ASK_CUSTOMER", agent()))?.status).toBe("waiting_customer");
    expect(stepCase("waiting_customer", ev("CUSTOMER_REPLY", owner))?.status).toBe("in_review");
  });

  it("rejects from any open status and closes after a decision", () => {
    for (const status of ["new", "in_review", "waiting_customer", "awaiting_second_approval"] as const) {
      expect(stepCase(status, ev("REJECT", agent()))?.status).toBe("rejected");
    }
    expect(stepCase("rejected", ev("CLOSE", agent()))?.status).toBe("closed");
    expect(stepCase("approved", ev("CLOSE", agent()))?.status).toBe("closed");
    expect(stepCase("closed", ev("CLOSE", agent()))).toBeNull();
    expect(stepCase("rejected", ev("APPROVE", agent()))).toBeNull();
  });

  it("only the owner applies the reset code", () => {
    expect(stepCase("approved", ev("RESET_APPLIED", { id: "someone-else", role: "customer" }))).toBeNull();
    expect(stepCase("in_review", ev("RESET_APPLIED", owner))).toBeNull();
  });
});
