import { createElement } from "react";
import { render } from "@react-email/render";
import type { TemplateRenderer } from "./index";
import { VerifyAccountEmail } from "./verify-account";
import { PasswordChangedEmail } from "./password-changed";
import { NoticeEmail } from "./notice";
import { describePlace } from "@/lib/auth/networks";
import { utcMinute } from "@/lib/format";
import { t } from "@/lib/messages";

/** Account messages: the Verify Now confirmation and the notices about security changes. */
export const accountTemplates: Record<string, TemplateRenderer> = {
  async "contact-changed"(payload, channel, { baseUrl }) {
    const lines = [
      t("messages.contactChanged.changed", { what: String(payload.what), masked: String(payload.masked) }),
      t("messages.contactChanged.notYou", { resetUrl: `${baseUrl}/forgot-password` }),
    ];
    const subject = t("messages.contactChanged.subject", { what: String(payload.what) });
    if (channel === "sms") return { subject, text: lines.join(" ") };
    return { subject, text: lines.join("\n"), html: await render(createElement(NoticeEmail, { heading: subject, lines })) };
  },
  async "new-sign-in"(payload, channel, { baseUrl }) {
    const at = utcMinute(new Date(String(payload.at)));
    const lines = [
      t("messages.newSignIn.where", { device: String(payload.device), place: describePlace(String(payload.address)), address: String(payload.address), at }),
      t("messages.newSignIn.notYou", { resetUrl: `${baseUrl}/forgot-password`, securityUrl: `${baseUrl}/account/security` }),
    ];
    const subject = t("messages.newSignIn.subject");
    if (channel === "sms") return { subject, text: lines.join(" ") };
    return { subject, text: lines.join("\n"), html: await render(createElement(NoticeEmail, { heading: subject, lines })) };
  },
  async "case-update"(payload, channel, { baseUrl }) {
    const lines = [String(payload.text), t("messages.caseUpdate.open", { url: `${baseUrl}${String(payload.path)}` })];
    const subject = t("messages.caseUpdate.subject", { caseNumber: String(payload.caseNumber) });
    if (channel === "sms") return { subject, text: lines.join(" ") };
    return { subject, text: lines.join("\n"), html: await render(createElement(NoticeEmail, { heading: subject, lines })) };
  },
  async "password-changed"(_payload, channel, { baseUrl }) {
    const text = t("messages.passwordChanged.text", { resetUrl: `${baseUrl}/forgot-password` });
    if (channel === "sms") return { subject: t("messages.passwordChanged.smsSubject"), text };
    return { subject: t("messages.passwordChanged.subject"), text, html: await render(createElement(PasswordChangedEmail, { resetUrl: `${baseUrl}/forgot-password` })) };
  },
  async "verify-account"(payload, _channel, { baseUrl }) {
    const p = { url: `${baseUrl}/verify-email?token=${encodeURIComponent(String(payload.secret))}`, validHours: Number(payload.validHours ?? 24) };
    return {
      subject: t("messages.verifyAccount.subject"),
      text: t("messages.verifyAccount.text", { url: p.url, hours: p.validHours }),
      html: await render(createElement(VerifyAccountEmail, p)),
    };
  },
};
