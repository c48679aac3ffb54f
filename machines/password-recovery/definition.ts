import type { StepPlaceholders } from "@/lib/flows/placeholders";
import { defaultVerificationSettings, verificationPlaceholders, verificationStep } from "../verification/implementations";
import { captchaField, confirmPasswordField, emailField, emailTabs, phoneField, phoneTabs, sendCodeTransitions } from "../shared-steps";

/**
 * Forgot Password (docs/product.md section 3), as data: email or phone + picture code -> a code sent
 * there (the same screens whether or not an account exists) -> New Password -> done. Success ends
 * every session of the account.
 */
export const passwordRecoveryDefinition = {
  id: "password-recovery",
  initial: "identify",
  context: { settings: { ...defaultVerificationSettings, flowTtlMs: 30 * 60_000 }, contactVerified: false },
  states: {
    identify: {
      meta: {
        step: "identify",
        title: "Forgot Password",
        description: "Enter the email address of your account and the characters in the picture. We will send you a code.",
        fields: [emailField, captchaField],
        submit: { event: "SUBMIT_CONTACT", label: "Next" },
        tabs: emailTabs,
      },
      on: {
        SUBMIT_CONTACT: sendCodeTransitions("verify", { sendAction: "sendRecoveryCode" }),
        USE_PHONE: { target: "identifyPhone" },
      },
    },
    identifyPhone: {
      meta: {
        step: "identify-phone",
        title: "Forgot Password",
        description: "Enter the mobile phone number of your account with its country code (for example +1 201 555 0123).",
        fields: [phoneField, captchaField],
        submit: { event: "SUBMIT_CONTACT", label: "Next" },
        tabs: phoneTabs,
      },
      on: {
        SUBMIT_CONTACT: sendCodeTransitions("verify", { sendAction: "sendRecoveryCode" }),
        USE_EMAIL: { target: "identify" },
      },
    },
    verify: verificationStep({
      step: "verify",
      onVerified: "newPassword",
      back: "identify",
      helpHref: "/help/verification-code",
      sendAction: "sendRecoveryCode",
      copy: {
        title: "Enter the verification code",
        description: "If {target} belongs to an account, we sent a code to it. It is valid for {validMinutes} minutes.",
        codeLabel: "Verification Code",
        submitLabel: "Next",
      },
    }),
    newPassword: {
      meta: {
        step: "new-password",
        title: "Choose a new password",
        description: "At least 8 characters with three of: upper case, lower case, digits, special characters.",
        fields: [
          { name: "password", kind: "new-password", label: "New Password", required: true },
          confirmPasswordField,
        ],
        submit: { event: "SUBMIT_PASSWORD", label: "Save" },
      },
      on: { SUBMIT_PASSWORD: { guard: "recoveryReady", target: "done", actions: "resetPassword" } },
    },
    done: {
      type: "final",
      meta: {
        step: "done",
        title: "Password changed",
        description: "Your password was changed and every session of your account was signed out. Sign in with your new password.",
        fields: [],
        links: [{ label: "Sign in", href: "/login" }],
      },
    },
  },
};

/**
 * Placeholders each step's text may show (by `meta.step`): only the contact the person typed (whether
 * or not it has an account, the screens stay the same), never anything about an account.
 */
export const passwordRecoveryPlaceholders: StepPlaceholders = { verify: verificationPlaceholders };
