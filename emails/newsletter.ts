import { createElement } from "react";
import { render } from "@react-email/render";
import type { RenderedMessage, TemplateRenderer } from "./index";
import type { Translator } from "@/lib/messages";
import { NewsletterConfirmEmail } from "./newsletter-confirm";
import { NewsletterSubscribedEmail } from "./newsletter-subscribed";

/** Where the links in newsletter emails point. */
export const NEWSLETTER_PATHS = {
  confirm: "/newsletter/confirm",
  /** The page with the Unsubscribe button (the link in the body). */
  unsubscribe: "/newsletter/unsubscribe",
  /** The RFC 8058 one-click endpoint (the List-Unsubscribe header); a GET there shows the page above. */
  oneClick: "/api/newsletter/unsubscribe",
} as const;

/**
 * The secret part of a newsletter outbox payload. Everything in it sits under the `secret` key,
 * which the dispatcher deletes from the row once the message is delivered (`payload - 'secret'`),
 * so neither token stays at rest in the outbox.
 */
export type NewsletterSecret = { unsubscribeToken: string; confirmToken?: string };

export type NewsletterLinks = { unsubscribeUrl: string; oneClickUrl: string };

const link = (baseUrl: string, path: string, token: string) => `${baseUrl}${path}?token=${encodeURIComponent(token)}`;

export function newsletterSecret(payload: Record<string, unknown>): NewsletterSecret {
  const s = payload.secret as Partial<NewsletterSecret> | undefined;
  if (!s || typeof s.unsubscribeToken !== "string" || !s.unsubscribeToken) {
    // Never send a newsletter email without its unsubscribe link: fail the row instead.
    throw new Error("Newsletter message without an unsubscribe token");
  }
  return { unsubscribeToken: s.unsubscribeToken, confirmToken: typeof s.confirmToken === "string" ? s.confirmToken : undefined };
}

/** RFC 2369 List-Unsubscribe with RFC 8058 one-click. */
export function listUnsubscribeHeaders(oneClickUrl: string): Record<string, string> {
  return { "List-Unsubscribe": `<${oneClickUrl}>`, "List-Unsubscribe-Post": "List-Unsubscribe=One-Click" };
}

type NewsletterRenderer = (
  payload: Record<string, unknown>,
  ctx: { baseUrl: string; i18n: Translator; secret: NewsletterSecret; links: NewsletterLinks },
) => Promise<Omit<RenderedMessage, "headers">>;

/**
 * Wraps a newsletter template so that it cannot go out without the unsubscribe link in its body
 * and the List-Unsubscribe headers. Register every newsletter (including future issues) through this.
 */
export function newsletterTemplate(renderBody: NewsletterRenderer): TemplateRenderer {
  return async (payload, channel, { baseUrl, i18n }) => {
    if (channel !== "email") throw new Error(`Newsletter messages go by email, not ${channel}`);
    const secret = newsletterSecret(payload);
    const links = {
      unsubscribeUrl: link(baseUrl, NEWSLETTER_PATHS.unsubscribe, secret.unsubscribeToken),
      oneClickUrl: link(baseUrl, NEWSLETTER_PATHS.oneClick, secret.unsubscribeToken),
    };
    const message = await renderBody(payload, { baseUrl, i18n, secret, links });
    if (!message.text.includes(links.unsubscribeUrl)) throw new Error("Newsletter text part lacks the unsubscribe link");
    return { ...message, headers: listUnsubscribeHeaders(links.oneClickUrl) };
  };
}

/** Newsletter double opt-in messages. */
export const newsletterTemplates: Record<string, TemplateRenderer> = {
  "newsletter-confirm": newsletterTemplate(async (payload, { baseUrl, i18n, secret, links }) => {
    if (!secret.confirmToken) throw new Error("newsletter-confirm without a confirmation token");
    const p = {
      i18n,
      confirmUrl: link(baseUrl, NEWSLETTER_PATHS.confirm, secret.confirmToken),
      unsubscribeUrl: links.unsubscribeUrl,
      wording: String(payload.wording ?? ""),
      validDays: Number(payload.validDays ?? 7),
    };
    return { subject: NewsletterConfirmEmail.subject(p), text: NewsletterConfirmEmail.text(p), html: await render(createElement(NewsletterConfirmEmail, p)) };
  }),
  "newsletter-subscribed": newsletterTemplate(async (_payload, { i18n, links }) => {
    const p = { i18n, unsubscribeUrl: links.unsubscribeUrl };
    return { subject: NewsletterSubscribedEmail.subject(p), text: NewsletterSubscribedEmail.text(p), html: await render(createElement(NewsletterSubscribedEmail, p)) };
  }),
};
