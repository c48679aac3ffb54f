import { createElement } from "react";
import { render } from "@react-email/render";
import { config } from "@/lib/config";
import { VerificationCodeEmail } from "./verification-code";
import { RegistrationAttemptEmail } from "./registration-attempt";
import { WelcomeEmail } from "./welcome";

export type RenderedMessage = { subject: string; text: string; html?: string };

/**
 * Turn an outbox row into the message people receive. Email gets HTML from React Email and a
 * plain-text part; SMS gets the text alone.
 */
export async function renderMessage(template: string, payload: Record<string, unknown>, channel: string): Promise<RenderedMessage> {
  const base = config.appUrl.replace(/\/$/, "");
  switch (template) {
    case "verification-code": {
      const p = { code: String(payload.secret), validMinutes: Number(payload.validMinutes ?? 10) };
      if (channel === "sms") {
        return { subject: "Verification code", text: `Your Gatehouse verification code is ${p.code}. Valid ${p.validMinutes} min. Never share it.` };
      }
      return {
        subject: VerificationCodeEmail.subject(p),
        text: VerificationCodeEmail.text(p),
        html: await render(createElement(VerificationCodeEmail, p)),
      };
    }
    case "registration-attempt": {
      const p = { signInUrl: `${base}/login` };
      if (channel === "sms") return { subject: "Registration attempt", text: `Someone tried to register a Gatehouse account with this number. Nothing was changed.` };
      return {
        subject: RegistrationAttemptEmail.subject(),
        text: RegistrationAttemptEmail.text(p),
        html: await render(createElement(RegistrationAttemptEmail, p)),
      };
    }
    case "welcome": {
      const p = { username: String(payload.username), accountUrl: `${base}/account` };
      if (channel === "sms") return { subject: "Welcome", text: `Welcome to Gatehouse, ${p.username}. Your account is ready.` };
      return { subject: WelcomeEmail.subject(), text: WelcomeEmail.text(p), html: await render(createElement(WelcomeEmail, p)) };
    }
    default:
      throw new Error(`Unknown message template ${template}`);
  }
}
