import { createElement } from "react";
import { render } from "@react-email/render";
import type { TemplateRenderer } from "./index";
import { VerifyAccountEmail } from "./verify-account";
import { PasswordChangedEmail } from "./password-changed";
import { NoticeEmail } from "./notice";
import { describePlace } from "@/lib/auth/networks";
import { utcMinute } from "@/lib/format";

/** Account messages: the Verify Now confirmation and the notices about security changes. */
export const accountTemplates: Record<string, TemplateRenderer> = {
  async "contact-changed"(payload, channel, { baseUrl }) {
    const lines = [
      `The ${String(payload.what)} of your Gatehouse account was changed to ${String(payload.masked)}. This one no longer signs you in.`,
      `If this was not you, reset your password now: ${baseUrl}/forgot-password`,
    ];
    const subject = `Your ${String(payload.what)} was changed`;
    if (channel === "sms") return { subject, text: lines.join(" ") };
    return { subject, text: lines.join("\n"), html: await render(createElement(NoticeEmail, { heading: subject, lines })) };
  },
  async "new-sign-in"(payload, channel, { baseUrl }) {
    const at = utcMinute(new Date(String(payload.at)));
    const lines = [
      `Your Gatehouse account was signed in from a new device or network: ${String(payload.device)}, ${describePlace(String(payload.address))} (address ${String(payload.address)}), at ${at}.`,
      `If this was you, there is nothing to do. If not, reset your password now (${baseUrl}/forgot-password) and review your sessions and trusted devices: ${baseUrl}/account/security`,
    ];
    const subject = "New sign-in to your account";
    if (channel === "sms") return { subject, text: lines.join(" ") };
    return { subject, text: lines.join("\n"), html: await render(createElement(NoticeEmail, { heading: subject, lines })) };
  },
  async "case-update"(payload, channel, { baseUrl }) {
    const lines = [String(payload.text), `Open the case: ${baseUrl}${String(payload.path)}`];
    const subject = `Support case ${String(payload.caseNumber)}`;
    if (channel === "sms") return { subject, text: lines.join(" ") };
    return { subject, text: lines.join("\n"), html: await render(createElement(NoticeEmail, { heading: subject, lines })) };
  },
  async "password-changed"(_payload, channel, { baseUrl }) {
    const text = `The password of your Gatehouse account was changed and every session was signed out. If this was not you, reset your password now: ${baseUrl}/forgot-password`;
    if (channel === "sms") return { subject: "Password changed", text };
    return { subject: "Your password was changed", text, html: await render(createElement(PasswordChangedEmail, { resetUrl: `${baseUrl}/forgot-password` })) };
  },
  async "verify-account"(payload, _channel, { baseUrl }) {
    const p = { url: `${baseUrl}/verify-email?token=${encodeURIComponent(String(payload.secret))}`, validHours: Number(payload.validHours ?? 24) };
    return {
      subject: "Confirm your registration: Verify Now",
      text: `Thank you for registering. Confirm your email address and activate your account (Verify Now):\n${p.url}\nThe link works once and expires in ${p.validHours} hours.`,
      html: await render(createElement(VerifyAccountEmail, p)),
    };
  },
};
