import type { TemplateRenderer } from "./index";

/** Newsletter double opt-in messages. */
export const newsletterTemplates: Record<string, TemplateRenderer> = {};
