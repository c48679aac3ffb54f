/**
 * English words of the passkeys section (see lib/messages/en/index.ts for what each section covers).
 * The German and Spanish files in lib/messages/de and lib/messages/es have the same keys.
 */
export const passkeys = {} as const;
