import { createElement } from "react";
import { render } from "@react-email/render";
import type { TemplateRenderer } from "./index";
import { VerificationCodeEmail } from "./verification-code";
import { RegistrationAttemptEmail } from "./registration-attempt";
import { WelcomeEmail } from "./welcome";
import { t } from "@/lib/messages";

/** Verification codes, registration attempts and the welcome message. */
export const coreTemplates: Record<string, TemplateRenderer> = {
  async "verification-code"(payload, channel) {
    const p = { code: String(payload.secret), validMinutes: Number(payload.validMinutes ?? 10) };
    if (channel === "sms") {
      return { subject: t("messages.verificationCode.smsSubject"), text: t("messages.verificationCode.sms", { code: p.code, minutes: p.validMinutes }) };
    }
    return { subject: VerificationCodeEmail.subject(p), text: VerificationCodeEmail.text(p), html: await render(createElement(VerificationCodeEmail, p)) };
  },
  async "registration-attempt"(_payload, channel, { baseUrl }) {
    const p = { signInUrl: `${baseUrl}/login` };
    if (channel === "sms") {
      return { subject: t("messages.registrationAttempt.smsSubject"), text: t("messages.registrationAttempt.sms") };
    }
    return { subject: RegistrationAttemptEmail.subject(), text: RegistrationAttemptEmail.text(p), html: await render(createElement(RegistrationAttemptEmail, p)) };
  },
  async welcome(payload, channel, { baseUrl }) {
    const p = { username: String(payload.username), accountUrl: `${baseUrl}/account` };
    if (channel === "sms") return { subject: t("messages.welcome.smsSubject"), text: t("messages.welcome.sms", { username: p.username }) };
    return { subject: WelcomeEmail.subject(), text: WelcomeEmail.text(p), html: await render(createElement(WelcomeEmail, p)) };
  },
};
