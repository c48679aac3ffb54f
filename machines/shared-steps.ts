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
