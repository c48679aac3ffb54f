import { createElement } from "react";
import { render } from "@react-email/render";
import type { TemplateRenderer } from "./index";
import { VerificationCodeEmail } from "./verification-code";
import { RegistrationAttemptEmail } from "./registration-attempt";
import { WelcomeEmail } from "./welcome";

/** Verification codes, registration attempts and the welcome message. */
export const coreTemplates: Record<string, TemplateRenderer> = {
  async "verification-code"(payload, channel) {
    const p = { code: String(payload.secret), validMinutes: Number(payload.validMinutes ?? 10) };
    if (channel === "sms") {
      return { subject: "Verification code", text: `Your Gatehouse verification code is ${p.code}. Valid ${p.validMinutes} min. Never share it.` };
    }
    return { subject: VerificationCodeEmail.subject(p), text: VerificationCodeEmail.text(p), html: await render(createElement(VerificationCodeEmail, p)) };
  },
  async "registration-attempt"(_payload, channel, { baseUrl }) {
    const p = { signInUrl: `${baseUrl}/login` };
    if (channel === "sms") {
      return { subject: "Registration attempt", text: "Someone tried to register a Gatehouse account with this number. Nothing was changed." };
    }
    return { subject: RegistrationAttemptEmail.subject(), text: RegistrationAttemptEmail.text(p), html: await render(createElement(RegistrationAttemptEmail, p)) };
  },
  async welcome(payload, channel, { baseUrl }) {
    const p = { username: String(payload.username), accountUrl: `${baseUrl}/account` };
    if (channel === "sms") return { subject: "Welcome", text: `Welcome to Gatehouse, ${p.username}. Your account is ready.` };
    return { subject: WelcomeEmail.subject(), text: WelcomeEmail.text(p), html: await render(createElement(WelcomeEmail, p)) };
  },
};
