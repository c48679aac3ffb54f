import "server-only";
import { config } from "@/lib/config";
import { coreTemplates } from "./core";
import { accountTemplates } from "./account";
import { newsletterTemplates } from "./newsletter";
import { deletionTemplates } from "./account-deletion";

export type RenderedMessage = { subject: string; text: string; html?: string; headers?: Record<string, string> };

/** Renders one template for one channel. Email gets HTML from React Email and a plain-text part; SMS the text alone. */
export type TemplateRenderer = (
  payload: Record<string, unknown>,
  channel: string,
  ctx: { baseUrl: string },
) => Promise<RenderedMessage> | RenderedMessage;

const templates: Record<string, TemplateRenderer> = { ...coreTemplates, ...accountTemplates, ...newsletterTemplates, ...deletionTemplates };

/** Turn an outbox row into the message people receive. */
export async function renderMessage(template: string, payload: Record<string, unknown>, channel: string): Promise<RenderedMessage> {
  const render = Object.hasOwn(templates, template) ? templates[template] : undefined;
  if (!render) throw new Error(`Unknown message template ${template}`);
  return render(payload, channel, { baseUrl: config.appUrl.replace(/\/$/, "") });
}
