import type { TemplateRenderer } from "./index";

/** Account messages: the Verify Now confirmation and its relatives. */
export const accountTemplates: Record<string, TemplateRenderer> = {};
