export const USERNAME_PATTERN = /^[A-Za-z0-9_]{3,32}$/;

export const usernameMessage = "Use 3 to 32 letters, digits or underscores (no spaces).";

/** User names are unique ignoring case; this is the form they are compared in. */
export function normalizeUsername(username: string): string {
  return username.trim().toLowerCase();
}

export function normalizeEmail(email: string): string {
  return email.trim().toLowerCase();
}
