import type { StepPlaceholders } from "@/lib/flows/placeholders";
import { defaultVerificationSettings, verificationPlaceholders, verificationStep } from "./implementations";

/**
 * The verification machine on its own: send a code to a contact, then check it.
 * Flows embed `verificationStep` the same way; this standalone form is what the unit tests drive.
 */
export const verificationDefinition = {
  id: "verification",
  initial: "idle",
  context: { settings: defaultVerificationSettings, contactVerified: false },
  states: {
    idle: {
      meta: {
        step: "contact",
        title: "Where should we send the code?",
        fields: [{ name: "email", kind: "email", label: "Email", required: true }],
        submit: { event: "SEND", label: "Send code" },
      },
      on: {
        SEND: [
          { guard: "sendLimitReached", actions: "reportSendLimit" },
          { target: "awaitingCode", actions: ["recordContact", "recordVerificationCode", "sendVerificationMessage"] },
        ],
      },
    },
    awaitingCode: verificationStep({
      step: "code",
      onVerified: "verified",
      back: "idle",
      helpHref: "/help/verification-code",
      copy: {
        title: "Enter the verification code",
        description: "We sent a code to {target}. It is valid for {validMinutes} minutes.",
        codeLabel: "Verification Code",
        submitLabel: "Next",
      },
    }),
    verified: { type: "final" },
  },
} as const;

/** Placeholders each step's text may show (by `meta.step`). */
export const verificationStepPlaceholders: StepPlaceholders = { code: verificationPlaceholders };
