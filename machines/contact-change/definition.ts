import type { StepPlaceholders } from "@/lib/flows/placeholders";
import { defaultVerificationSettings, verificationPlaceholders, verificationStep } from "../verification/implementations";
import { emailTabs, phoneTabs, sendCodeTransitions } from "../shared-steps";

/**
 * Change the email or phone number of a signed-in account (docs/product.md section 3), as data.
 * The new contact proves itself with a code; the old one gets a notice; the change is recorded.
 * The runtime starts it with `account: { id, country }` in its context.
 */
export const contactChangeDefinition = {
  id: "contact-change",
  initial: "newEmail",
  context: { settings: { ...defaultVerificationSettings, flowTtlMs: 30 * 60_000 }, contactVerified: false },
  states: {
    newEmail: {
      meta: {
        step: "new-email",
        title: "Change email or phone",
        description: "Enter the new email address. We will send a code to it to make sure it is yours.",
        fields: [{ name: "email", kind: "email", label: "New Email", required: true }],
        submit: { event: "SUBMIT_CONTACT", label: "Send Code" },
        tabs: emailTabs,
      },
      on: {
        SUBMIT_CONTACT: sendCodeTransitions("verify", { captcha: false }),
        USE_PHONE: { target: "newPhone" },
      },
    },
    newPhone: {
      meta: {
        step: "new-phone",
        title: "Change email or phone",
        description: "Enter the new mobile phone number. We will send a code to it by SMS.",
        fields: [{ name: "phone", kind: "phone", label: "New Mobile Phone Number", required: true }],
        submit: { event: "SUBMIT_CONTACT", label: "Send Code" },
        tabs: phoneTabs,
      },
      on: {
        SUBMIT_CONTACT: sendCodeTransitions("verify", { captcha: false }),
        USE_EMAIL: { target: "newEmail" },
      },
    },
    verify: verificationStep({
      step: "verify",
      onVerified: "changed",
      back: "newEmail",
      onVerifiedActions: ["changeContact"],
      helpHref: "/help/verification-code",
      copy: {
        title: "Enter the verification code",
        description: "We sent a code to {target}. It is valid for {validMinutes} minutes.",
        codeLabel: "Verification Code",
        submitLabel: "Confirm",
      },
    }),
    changed: {
      type: "final",
      meta: {
        step: "changed",
        title: "Contact changed",
        description: "{target} is now on your account. Sign in with it from now on; the old one no longer works.",
        fields: [],
        links: [{ label: "Back to Security", href: "/account/security" }],
      },
    },
  },
};

/** Placeholders each step's text may show (by `meta.step`): the new contact the signed-in person typed. */
export const contactChangePlaceholders: StepPlaceholders = {
  verify: verificationPlaceholders,
  changed: ["target", "maskedTarget"],
};
