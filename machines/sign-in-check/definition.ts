import type { StepPlaceholders } from "@/lib/flows/placeholders";
import { defaultVerificationSettings, maskedVerificationPlaceholders, verificationStep } from "../verification/implementations";

/**
 * The sign-in check (docs/product.md section 3), as data. The password was right, but the browser is
 * not trusted by the account (or the account asks for a code every time): a code goes to the
 * email or phone the person picks, and only the right code signs in. The runtime starts it with
 * `account` (id, masked contacts, where notices go), `device` (token hash, browser, address,
 * whether it is already trusted) and `next` in its context; the flow instance is the attempt.
 */
export const signInCheckDefinition = {
  id: "sign-in-check",
  initial: "choose",
  context: {
    settings: { ...defaultVerificationSettings, flowTtlMs: 15 * 60_000, trustDays: 30 },
    contactVerified: false,
  },
  states: {
    choose: {
      meta: {
        step: "choose",
        title: "Verify it's you",
        description: "To keep your account safe, this sign-in needs a verification code. Where should we send it?",
        fields: [],
        submit: { event: "SEND_EMAIL", label: "Email a code to {account.maskedEmail}", showIfPath: "account.maskedEmail" },
        actions: [{ event: "SEND_SMS", label: "Text a code to {account.maskedPhone}", validate: false, showIfPath: "account.maskedPhone" }],
        links: [{ label: "Cancel and go back to Login", href: "/login" }],
      },
      on: {
        SEND_EMAIL: [
          { guard: "sendLimitReached", actions: "reportSendLimit" },
          { guard: "accountHasEmail", target: "verify", actions: ["useAccountEmail", "recordVerificationCode", "sendVerificationMessage"] },
        ],
        SEND_SMS: [
          { guard: "sendLimitReached", actions: "reportSendLimit" },
          { guard: "accountHasPhone", target: "verify", actions: ["useAccountPhone", "recordVerificationCode", "sendVerificationMessage"] },
        ],
      },
    },
    verify: verificationStep({
      step: "verify",
      onVerified: "signedIn",
      back: "choose",
      resendLabel: "Resend Code",
      helpHref: "/help/verification-code",
      checksFirst: [{ guard: "accountLocked", actions: "reportAccountLocked" }],
      onWrongCodeActions: ["countSignInFailure"],
      onVerifiedActions: ["completeSignIn", "trustDeviceIfAsked", "noticeNewDevice"],
      extraFields: [
        {
          name: "trustDevice",
          kind: "checkbox",
          label: "Trust this device",
          hint: "Skip the code on this browser for 30 days. Leave it unticked on a shared or public computer.",
        },
      ],
      copy: {
        title: "Enter the verification code",
        description: "We sent a code to {maskedTarget}. It expires at {codeExpiresAt}.",
        codeLabel: "Verification Code",
        submitLabel: "Verify",
      },
    }),
    signedIn: {
      type: "final",
      meta: { step: "signed-in", title: "Signed in", description: "You are signed in.", fields: [], links: [{ label: "My Account", href: "/account" }] },
    },
  },
};

/**
 * Placeholders each step's text may show (by `meta.step`). Whoever sees these steps has typed a
 * password and nothing more, so the account's email and phone appear only masked until the code
 * has proved the person holds them.
 */
export const signInCheckPlaceholders: StepPlaceholders = {
  choose: ["account.maskedEmail", "account.maskedPhone"],
  verify: maskedVerificationPlaceholders,
  "signed-in": ["target", "maskedTarget"],
};
