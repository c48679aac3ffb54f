import type { StepPlaceholders } from "@/lib/flows/placeholders";
import { defaultVerificationSettings, verificationPlaceholders, verificationStep } from "../verification/implementations";
import {
  captchaField,
  changeCountryAction,
  confirmPasswordField,
  countryStep,
  emailField,
  emailTabs,
  phoneField,
  phoneTabs,
  sendCodeTransitions,
  termsField,
} from "../shared-steps";

export const TERMS_VERSION = "2026-11-01";

/**
 * Hik-Connect style user registration (docs/product.md section 1), as data.
 * Country/Region -> Email or Mobile Phone Number + picture code -> code by email or SMS
 * -> User Name / Password / terms -> done.
 * The flow studio edits copies of this object; the code default is stored as version 1.
 */
export const userRegistrationDefinition = {
  id: "user-registration",
  initial: "country",
  context: {
    settings: { ...defaultVerificationSettings, flowTtlMs: 60 * 60_000, termsVersion: TERMS_VERSION },
    contactVerified: false,
  },
  states: {
    country: countryStep("contact", "Choose the country or region you live in."),
    contact: {
      meta: {
        step: "contact",
        title: "Register",
        description: "Enter your email address and the characters in the picture.",
        fields: [
          emailField,
          captchaField,
        ],
        submit: { event: "SUBMIT_CONTACT", label: "Next" },
        actions: [changeCountryAction],
        tabs: emailTabs,
      },
      on: {
        SUBMIT_CONTACT: sendCodeTransitions("verifyEmail"),
        CHANGE_COUNTRY: { target: "country" },
        USE_PHONE: { target: "contactPhone" },
      },
    },
    contactPhone: {
      meta: {
        step: "contact-phone",
        title: "Register",
        description: "Enter your mobile phone number and the characters in the picture.",
        fields: [
          phoneField,
          captchaField,
        ],
        submit: { event: "SUBMIT_CONTACT", label: "Next" },
        actions: [changeCountryAction],
        tabs: phoneTabs,
      },
      on: {
        SUBMIT_CONTACT: sendCodeTransitions("verifyPhone"),
        CHANGE_COUNTRY: { target: "country" },
        USE_EMAIL: { target: "contact" },
      },
    },
    verifyEmail: verificationStep({
      step: "verify-email",
      onVerified: "credentials",
      back: "contact",
      helpHref: "/help/verification-code",
      copy: {
        title: "Check your email",
        description: "We sent a verification code to {target}. It arrives within a minute and is valid for {validMinutes} minutes.",
        codeLabel: "Verification Code",
        submitLabel: "Next",
      },
    }),
    verifyPhone: verificationStep({
      step: "verify-phone",
      onVerified: "credentials",
      back: "contactPhone",
      helpHref: "/help/verification-code",
      copy: {
        title: "Check your phone",
        description: "We sent a verification code by SMS to {target}. It arrives within a minute and is valid for {validMinutes} minutes.",
        codeLabel: "Verification Code",
        submitLabel: "Next",
      },
    }),
    credentials: {
      meta: {
        step: "credentials",
        title: "Create your account",
        description: "Choose a user name and a password.",
        fields: [
          { name: "username", kind: "username", label: "User Name", required: true, hint: "Letters, digits and underscores, for example reg_by_email." },
          { name: "password", kind: "new-password", label: "Password", required: true, hint: "At least 8 characters with three of: upper case, lower case, digits, special characters." },
          confirmPasswordField,
          termsField,
        ],
        submit: { event: "SUBMIT_CREDENTIALS", label: "Finish" },
      },
      on: {
        SUBMIT_CREDENTIALS: [
          { guard: "usernameTaken", actions: "reportUsernameTaken" },
          { guard: "registrationLimitReached", actions: "reportRegistrationLimit" },
          { guard: "readyToCreateAccount", target: "registered", actions: ["createAccount", "sendWelcome", "signIn"] },
        ],
      },
    },
    registered: {
      type: "final",
      meta: { step: "registered", title: "Registered", description: "Your account is ready.", fields: [] },
    },
  },
};

/** Placeholders each step's text may show (by `meta.step`): the contact the person typed, on its code step. */
export const userRegistrationPlaceholders: StepPlaceholders = {
  "verify-email": verificationPlaceholders,
  "verify-phone": verificationPlaceholders,
};
