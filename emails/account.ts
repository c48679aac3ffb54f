import { createElement } from "react";
import { render } from "@react-email/render";
import type { TemplateRenderer } from "./index";
import { VerifyAccountEmail } from "./verify-account";

/** Account messages: the Verify Now confirmation. */
export const accountTemplates: Record<string, TemplateRenderer> = {
  async "verify-account"(payload, _channel, { baseUrl }) {
    const p = { url: `${baseUrl}/verify-email?token=${encodeURIComponent(String(payload.secret))}`, validHours: Number(payload.validHours ?? 24) };
    return {
      subject: "Confirm your registration: Verify Now",
      text: `Thank you for registering. Confirm your email address and activate your account (Verify Now):\n${p.url}\nThe link works once and expires in ${p.validHours} hours.`,
      html: await render(createElement(VerifyAccountEmail, p)),
    };
  },
};
