// Tried first on every decision, so an agent's own case never reaches a deciding branch.
const refuseOwnCase = { guard: "ownCaseByAgent", actions: "refuseOwnCase" };
const reject = [refuseOwnCase, { guard: "byDecidingAgent", target: "rejected", actions: ["recordDecision", "notifyRejected"] }];

/**
 * The life of a device password reset case (docs/product.md sections 4 and 5), as data. Agents and the
 * customer send events; the state is the case's status. Notes and messages do not change it.
 * Nobody decides a case they own: an agent's approval or rejection of their own case, and a second
 * approval by the first approver, take the refusing branch (no status change, a refusal the
 * service writes to the audit trail). With the four-eyes setting an approval waits for a second,
 * different agent; neither of the two may be the owner.
 */
export const supportCaseDefinition = {
  id: "support-case",
  initial: "new",
  context: {},
  states: {
    new: {
      on: {
        CLAIM: { target: "in_review", actions: "assign" },
        REJECT: reject,
      },
    },
    in_review: {
      on: {
        CLAIM: { actions: "assign" },
        ASK_CUSTOMER: { guard: "byAgent", target: "waiting_customer", actions: "notifyQuestion" },
        APPROVE: [
          refuseOwnCase,
          { guard: "fourEyesRequired", target: "awaiting_second_approval", actions: ["recordDecision", "recordFirstApproval"] },
          { guard: "byDecidingAgent", target: "approved", actions: ["recordDecision", "issueResetCode", "notifyApproved"] },
        ],
        REJECT: reject,
      },
    },
    waiting_customer: {
      on: {
        CLAIM: { actions: "assign" },
        CUSTOMER_REPLY: { target: "in_review" },
        REJECT: reject,
      },
    },
    awaiting_second_approval: {
      on: {
        CLAIM: { actions: "assign" },
        APPROVE: [
          refuseOwnCase,
          { guard: "firstApprover", actions: "refuseSameApprover" },
          { guard: "secondApprover", target: "approved", actions: ["issueResetCode", "notifyApproved"] },
        ],
        // The first approver may still reject: stopping a reset needs no second pair of eyes.
        REJECT: reject,
      },
    },
    approved: {
      on: {
        RESET_APPLIED: { guard: "byOwner", target: "closed", actions: ["markCodeUsed", "notifyClosed"] },
        CLOSE: { guard: "byAgent", target: "closed", actions: "notifyClosed" },
      },
    },
    rejected: {
      on: { CLOSE: { guard: "byAgent", target: "closed" } },
    },
    closed: { type: "final" },
  },
};

export type CaseStatus = "new" | "in_review" | "waiting_customer" | "awaiting_second_approval" | "approved" | "rejected" | "closed";
export const caseStatuses: CaseStatus[] = ["new", "in_review", "waiting_customer", "awaiting_second_approval", "approved", "rejected", "closed"];
