/**
 * The life of a device password reset case (PRODUCT.md sections 4 and 5), as data. Agents and the
 * customer send events; the state is the case's status. Notes and messages do not change it.
 * With the four-eyes setting an approval waits for a second, different agent.
 */
export const supportCaseDefinition = {
  id: "support-case",
  initial: "new",
  context: {},
  states: {
    new: {
      on: {
        CLAIM: { target: "in_review", actions: "assign" },
        REJECT: { guard: "byAgent", target: "rejected", actions: ["recordDecision", "notifyRejected"] },
      },
    },
    in_review: {
      on: {
        CLAIM: { actions: "assign" },
        ASK_CUSTOMER: { guard: "byAgent", target: "waiting_customer", actions: "notifyQuestion" },
        APPROVE: [
          { guard: "fourEyesRequired", target: "awaiting_second_approval", actions: ["recordDecision", "recordFirstApproval"] },
          { guard: "byAgent", target: "approved", actions: ["recordDecision", "issueResetCode", "notifyApproved"] },
        ],
        REJECT: { guard: "byAgent", target: "rejected", actions: ["recordDecision", "notifyRejected"] },
      },
    },
    waiting_customer: {
      on: {
        CLAIM: { actions: "assign" },
        CUSTOMER_REPLY: { target: "in_review" },
        REJECT: { guard: "byAgent", target: "rejected", actions: ["recordDecision", "notifyRejected"] },
      },
    },
    awaiting_second_approval: {
      on: {
        CLAIM: { actions: "assign" },
        APPROVE: { guard: "secondApprover", target: "approved", actions: ["issueResetCode", "notifyApproved"] },
        REJECT: { guard: "byAgent", target: "rejected", actions: ["recordDecision", "notifyRejected"] },
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
