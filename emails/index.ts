import "server-only";
import { config } from "@/lib/config";
import { translator, type Translator } from "@/lib/messages";
import { DEFAULT_LOCALE, isLocale } from "@/lib/messages/locales";
import { coreTemplates } from "./core";
import { accountTemplates } from "./account";
import { newsletterTemplates } from "./newsletter";
import { deletionTemplates } from "./account-deletion";

export type RenderedMessage = { subject: string; text: string; html?: string; headers?: Record<string, string> };

/**
 * Renders one template for one channel. Email gets HTML from React Email and a plain-text part; SMS
 * the text alone. `i18n` speaks the message's language (fixed when it was queued).
 */
export type TemplateRenderer = (
  payload: Record<string, unknown>,
  channel: string,
  ctx: { baseUrl: string; i18n: Translator },
) => Promise<RenderedMessage> | RenderedMessage;

const templates: Record<string, TemplateRenderer> = { ...coreTemplates, ...accountTemplates, ...newsletterTemplates, ...deletionTemplates };

/** Turn an outbox row into the message people receive, in the row's language (English when unknown). */
export async function renderMessage(template: string, payload: Record<string, unknown>, channel: string, locale: string = DEFAULT_LOCALE): Promise<RenderedMessage> {
  const render = Object.hasOwn(templates, template) ? templates[template] : undefined;
  if (!render) throw new Error(`Unknown message template ${template}`);
  return render(payload, channel, { baseUrl: config.appUrl.replace(/\/$/, ""), i18n: translator(isLocale(locale) ? locale : DEFAULT_LOCALE) });
}
