import { createElement } from "react";
import { render } from "@react-email/render";
import type { TemplateRenderer } from "./index";
import { NoticeEmail } from "./notice";
import { utcMinute } from "@/lib/format";

/** Notices about deleting an account (My Account > Your data). */
export const deletionTemplates: Record<string, TemplateRenderer> = {
  async "account-deletion-requested"(payload, channel, { baseUrl }) {
    const due = utcMinute(new Date(String(payload.dueAt)));
    const lines = [
      `You asked for your Gatehouse account to be deleted. It will be deleted on ${due}, and every session was signed out.`,
      `Changed your mind? Sign in before then and the deletion is cancelled: ${baseUrl}/login`,
      `If this was not you, sign in now, then change your password.`,
    ];
    const subject = "Your account will be deleted";
    if (channel === "sms") return { subject, text: lines.join(" ") };
    return { subject, text: lines.join("\n"), html: await render(createElement(NoticeEmail, { heading: subject, lines })) };
  },
  async "account-deletion-cancelled"(_payload, channel, { baseUrl }) {
    const lines = [
      "You signed in to your Gatehouse account, so it will not be deleted.",
      `To delete it after all, ask again on My Account: ${baseUrl}/account/data`,
    ];
    const subject = "Your account will not be deleted";
    if (channel === "sms") return { subject, text: lines.join(" ") };
    return { subject, text: lines.join("\n"), html: await render(createElement(NoticeEmail, { heading: subject, lines })) };
  },
};
