import type { StepPlaceholders } from "@/lib/flows/placeholders";
import { defaultVerificationSettings, verificationPlaceholders, verificationStep } from "../verification/implementations";
import { captchaField, changeCountryAction, confirmPasswordField, countryStep, emailField, sendCodeTransitions, termsField } from "../shared-steps";
import { TERMS_VERSION } from "../user-registration/definition";

export const NEWSLETTER_LABEL = "I would like to receive newsletters about products, events and offers. I can unsubscribe at any time.";

/**
 * Installer Admin registration (docs/product.md section 2, seed 000), as data.
 * Country/Region (fixed for good) -> Email + picture code + Get Verification Code -> code -> Password ->
 * Name, Phone Number, Company Name -> optional Authentication Code, newsletter, terms -> Register.
 * The account then waits for its Verify Now link before it can sign in.
 */
export const installerRegistrationDefinition = {
  id: "installer-registration",
  initial: "country",
  context: {
    settings: { ...defaultVerificationSettings, flowTtlMs: 60 * 60_000, termsVersion: TERMS_VERSION },
    contactVerified: false,
  },
  states: {
    country: countryStep("email", "Choose the country or region where your company is registered. It cannot be changed after registration."),
    email: {
      meta: {
        step: "email",
        title: "Register as an Installer",
        description: "Enter the email address you will sign in with and the characters in the picture. We will send a verification code to it.",
        fields: [emailField, captchaField],
        submit: { event: "SUBMIT_CONTACT", label: "Get Verification Code" },
        actions: [changeCountryAction],
      },
      on: {
        SUBMIT_CONTACT: sendCodeTransitions("verifyEmail"),
        CHANGE_COUNTRY: { target: "country" },
      },
    },
    verifyEmail: verificationStep({
      step: "verify-email",
      onVerified: "password",
      back: "email",
      helpHref: "/help/verification-code",
      copy: {
        title: "Enter the Verification Code",
        description: "We sent a verification code to {target}. It is valid for {validMinutes} minutes.",
        codeLabel: "Verification Code",
        submitLabel: "Next",
      },
    }),
    password: {
      meta: {
        step: "password",
        title: "Create a password",
        description: "At least 8 characters with at least three of: upper case, lower case, digits, special characters.",
        fields: [
          { name: "password", kind: "new-password", label: "Password", required: true },
          confirmPasswordField,
        ],
        submit: { event: "SUBMIT_PASSWORD", label: "Next" },
      },
      on: { SUBMIT_PASSWORD: { guard: "passwordHashed", target: "profile", actions: "recordPasswordHash" } },
    },
    profile: {
      meta: {
        step: "profile",
        title: "About you and your company",
        fields: [
          { name: "fullName", kind: "text", label: "Name", required: true, autoComplete: "name" },
          { name: "phone", kind: "phone", label: "Phone Number", required: true },
          { name: "companyName", kind: "text", label: "Company Name", required: true, autoComplete: "organization" },
        ],
        submit: { event: "SUBMIT_PROFILE", label: "Next" },
      },
      on: { SUBMIT_PROFILE: { target: "confirm", actions: "recordProfile" } },
    },
    confirm: {
      meta: {
        step: "confirm",
        title: "Almost done",
        fields: [
          {
            name: "authCode",
            kind: "auth-code",
            label: "Authentication Code",
            hint: "Optional: the 10-digit code that proves a professional installer. Leave it empty to authenticate later from your company page.",
          },
          { name: "newsletter", kind: "checkbox", label: NEWSLETTER_LABEL },
          termsField,
        ],
        submit: { event: "REGISTER", label: "Register" },
      },
      on: {
        REGISTER: [
          { guard: "authCodeAttemptsExhausted", actions: "reportAuthCodeAttempts" },
          { guard: "authCodeInvalid", actions: "reportAuthCodeInvalid" },
          { guard: "registrationLimitReached", actions: "reportRegistrationLimit" },
          {
            guard: "readyToCreateInstaller",
            target: "registered",
            actions: ["createInstallerAccount", "createCompany", "subscribeNewsletter", "sendAccountConfirmation"],
          },
        ],
      },
    },
    registered: {
      type: "final",
      meta: {
        step: "registered",
        title: "Confirm your email",
        description: "We sent a registration confirmation email to {target}. Open it and select Verify Now to activate your account, then sign in.",
        fields: [],
      },
    },
  },
};

/** Placeholders each step's text may show (by `meta.step`): the email the person typed. */
export const installerRegistrationPlaceholders: StepPlaceholders = {
  "verify-email": verificationPlaceholders,
  registered: ["target", "maskedTarget"],
};
