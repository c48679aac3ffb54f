/** Pieces of step data that several flow definitions use as they are. */

export const termsField = {
  name: "terms",
  kind: "checkbox",
  label: "I agree to the Terms of Service and Privacy Policy",
  required: true,
  links: [
    { label: "Terms of Service", href: "/terms" },
    { label: "Privacy Policy", href: "/privacy" },
  ],
};

/** The picture code every anonymous step that sends a code asks for (checked by the facts, one guess per picture). */
export const captchaField = { name: "captcha", kind: "captcha", label: "Verification Code", required: true, hint: "Type the characters in the picture." };

/** The Country/Region step; `next` is the state after it. */
export function countryStep(next: string, description: string) {
  return {
    meta: {
      step: "country",
      title: "Country/Region",
      description,
      fields: [{ name: "country", kind: "country", label: "Country/Region", required: true }],
      submit: { event: "SELECT_COUNTRY", label: "Ok" },
    },
    on: { SELECT_COUNTRY: { target: next, actions: "recordCountry" } },
  };
}

export const emailField = { name: "email", kind: "email", label: "Email", required: true };
export const phoneField = { name: "phone", kind: "phone", label: "Mobile Phone Number", required: true };
export const confirmPasswordField = { name: "confirmPassword", kind: "confirm-password", label: "Confirm Password", required: true };

/** The secondary button that goes back to the Country/Region step. */
export const changeCountryAction = { event: "CHANGE_COUNTRY", label: "Change Country/Region", validate: false, secondary: true };

/** The tabs of a step that takes an email, with a switch to the phone step (USE_PHONE), and the other way round. */
export const emailTabs = { current: "Email", others: [{ label: "Mobile Phone Number", event: "USE_PHONE" }] };
export const phoneTabs = { current: "Mobile Phone Number", others: [{ label: "Email", event: "USE_EMAIL" }] };

/**
 * SUBMIT_CONTACT on a step that sends a code to what was typed: an anonymous step checks the picture
 * code first (`captcha`), then the send limit; then the code is recorded and sent (`sendAction`) and
 * the flow moves on to `target`.
 */
export function sendCodeTransitions(target: string, { captcha = true, sendAction = "sendVerificationMessage" } = {}) {
  return [
    ...(captcha ? [{ guard: "captchaFailed", actions: "reportCaptchaFailed" }] : []),
    { guard: "sendLimitReached", actions: "reportSendLimit" },
    { target, actions: ["recordContact", "recordVerificationCode", sendAction] },
  ];
}
