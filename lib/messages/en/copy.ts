/**
 * English words of the copy section (see lib/messages/en/index.ts for what each section covers).
 * The German and Spanish files in lib/messages/de and lib/messages/es have the same keys.
 */
export const copy = {} as const;
