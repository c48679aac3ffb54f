import { createElement } from "react";
import { render } from "@react-email/render";
import type { TemplateRenderer } from "./index";
import { VerificationCodeEmail } from "./verification-code";
import { RegistrationAttemptEmail } from "./registration-attempt";
import { WelcomeEmail } from "./welcome";

/** Verification codes, registration attempts and the welcome message. */
export const coreTemplates: Record<string, TemplateRenderer> = {
  async "verification-code"(payload, channel, { i18n }) {
    const p = { i18n, code: String(payload.secret), validMinutes: Number(payload.validMinutes ?? 10) };
    if (channel === "sms") {
      return { subject: i18n.t("messages.verificationCode.smsSubject"), text: i18n.t("messages.verificationCode.sms", { code: p.code, minutes: p.validMinutes }) };
    }
    return { subject: VerificationCodeEmail.subject(p), text: VerificationCodeEmail.text(p), html: await render(createElement(VerificationCodeEmail, p)) };
  },
  async "registration-attempt"(_payload, channel, { baseUrl, i18n }) {
    const p = { i18n, signInUrl: `${baseUrl}/login` };
    if (channel === "sms") {
      return { subject: i18n.t("messages.registrationAttempt.smsSubject"), text: i18n.t("messages.registrationAttempt.sms") };
    }
    return { subject: RegistrationAttemptEmail.subject(p), text: RegistrationAttemptEmail.text(p), html: await render(createElement(RegistrationAttemptEmail, p)) };
  },
  async welcome(payload, channel, { baseUrl, i18n }) {
    const p = { i18n, username: String(payload.username), accountUrl: `${baseUrl}/account` };
    if (channel === "sms") return { subject: i18n.t("messages.welcome.smsSubject"), text: i18n.t("messages.welcome.sms", { username: p.username }) };
    return { subject: WelcomeEmail.subject(p), text: WelcomeEmail.text(p), html: await render(createElement(WelcomeEmail, p)) };
  },
};
