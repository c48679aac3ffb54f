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
    for (const t of issuing) expect(["byAgent", "secondApprover"]).toContain(t.guard);
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
    expect(stepCase("awaiting_second_approval", ev("APPROVE", agent("a1"), { fourEyes: true, firstApproverId: "a1" }))).toBeNull();
    expect(stepCase("awaiting_second_approval", ev("APPROVE", agent("a2"), { fourEyes: true, firstApproverId: "a1" }))?.status).toBe("approved");
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
