import { createElement } from "react";
import { render } from "@react-email/render";
import type { RenderedMessage, TemplateRenderer } from "./index";
import { VerifyAccountEmail } from "./verify-account";
import { PasswordChangedEmail } from "./password-changed";
import { NoticeEmail } from "./notice";
import { emailMoment } from "./dates";
import { describePlace } from "@/lib/auth/networks";
import type { Translator } from "@/lib/messages";
import { describedIn } from "@/lib/i18n/words";

/** A short notice: its lines joined as the SMS text, or as the email's paragraphs. */
export async function noticeMessage(i18n: Translator, channel: string, subject: string, lines: string[]): Promise<RenderedMessage> {
  if (channel === "sms") return { subject, text: lines.join(" ") };
  return { subject, text: lines.join("\n"), html: await render(createElement(NoticeEmail, { i18n, heading: subject, lines })) };
}

/** The `what` of a contact-changed notice, queued in English ("email address"), in the message's language. */
function contactWhat(i18n: Translator, what: unknown): string {
  if (what === "email address" || what === "email") return i18n.t("emails.contactChanged.email");
  if (what === "mobile phone number" || what === "phone") return i18n.t("emails.contactChanged.phone");
  return String(what);
}

/** describePlace's words (lib/auth/networks.ts) in the message's language. */
function placeIn(i18n: Translator, address: string): string {
  const place = describePlace(address);
  if (place === "Unknown network") return i18n.t("emails.place.unknown");
  if (place === "This computer") return i18n.t("emails.place.thisComputer");
  if (place === "Local network") return i18n.t("emails.place.local");
  const network = /^Network (.+)$/.exec(place)?.[1];
  return network ? i18n.t("emails.place.network", { network }) : place;
}

const CASE_UPDATES = new Set(["created", "approved", "rejected", "question", "closed", "message"]);

/** Account messages: the Verify Now confirmation and the notices about security changes. */
export const accountTemplates: Record<string, TemplateRenderer> = {
  async "contact-changed"(payload, channel, { baseUrl, i18n }) {
    const what = contactWhat(i18n, payload.what);
    const lines = [
      i18n.t("messages.contactChanged.changed", { what, masked: String(payload.masked) }),
      i18n.t("messages.contactChanged.notYou", { resetUrl: `${baseUrl}/forgot-password` }),
    ];
    return noticeMessage(i18n, channel, i18n.t("messages.contactChanged.subject", { what }), lines);
  },
  async "new-sign-in"(payload, channel, { baseUrl, i18n }) {
    const at = emailMoment(i18n, String(payload.at));
    const address = String(payload.address);
    const lines = [
      i18n.t("messages.newSignIn.where", { device: describedIn(i18n, String(payload.device)), place: placeIn(i18n, address), address, at }),
      i18n.t("messages.newSignIn.notYou", { resetUrl: `${baseUrl}/forgot-password`, securityUrl: `${baseUrl}/account/security` }),
    ];
    return noticeMessage(i18n, channel, i18n.t("messages.newSignIn.subject"), lines);
  },
  async "case-update"(payload, channel, { baseUrl, i18n }) {
    const caseNumber = String(payload.caseNumber);
    // What happened, by its code in the message's language; older rows carry only the English text.
    const what = String(payload.what ?? "");
    const key = `emails.caseUpdate.${what}`;
    const text = CASE_UPDATES.has(what) && i18n.has(key) ? i18n.t(key, { caseNumber }) : String(payload.text);
    const lines = [text, i18n.t("messages.caseUpdate.open", { url: `${baseUrl}${String(payload.path)}` })];
    return noticeMessage(i18n, channel, i18n.t("messages.caseUpdate.subject", { caseNumber }), lines);
  },
  async "password-changed"(_payload, channel, { baseUrl, i18n }) {
    const resetUrl = `${baseUrl}/forgot-password`;
    const text = i18n.t("messages.passwordChanged.text", { resetUrl });
    if (channel === "sms") return { subject: i18n.t("messages.passwordChanged.smsSubject"), text };
    return { subject: i18n.t("messages.passwordChanged.subject"), text, html: await render(createElement(PasswordChangedEmail, { i18n, resetUrl })) };
  },
  async "verify-account"(payload, _channel, { baseUrl, i18n }) {
    const p = { i18n, url: `${baseUrl}/verify-email?token=${encodeURIComponent(String(payload.secret))}`, validHours: Number(payload.validHours ?? 24) };
    return {
      subject: i18n.t("messages.verifyAccount.subject"),
      text: i18n.t("messages.verifyAccount.text", { url: p.url, hours: p.validHours }),
      html: await render(createElement(VerifyAccountEmail, p)),
    };
  },
};
