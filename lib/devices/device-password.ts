/** The device password rules (PRODUCT.md section 4): what a camera or recorder accepts as its new password. */

export type DevicePasswordProblem = "length" | "kinds" | "username" | "forbidden" | "sequence" | "repeat";

export const devicePasswordMessages: Record<DevicePasswordProblem, string> = {
  length: "Use 8 to 16 characters.",
  kinds: "Use at least two kinds of characters: lower-case letters, upper-case letters, digits, symbols.",
  username: "The password must not contain the device user name.",
  forbidden: 'The password must not contain "admin" or "123".',
  sequence: "No 4 or more ascending or descending digits in a row (like 1234 or 9876).",
  repeat: "No 4 or more identical characters in a row.",
};

function hasDigitRun(p: string): boolean {
  for (let i = 0; i + 3 < p.length; i++) {
    const run = p.slice(i, i + 4);
    if (!/^\d{4}$/.test(run)) continue;
    const d = [...run].map(Number);
    const up = d.every((v, k) => k === 0 || v === d[k - 1] + 1);
    const down = d.every((v, k) => k === 0 || v === d[k - 1] - 1);
    if (up || down) return true;
  }
  return false;
}

export function checkDevicePassword(password: string, username = "admin"): DevicePasswordProblem | null {
  if (password.length < 8 || password.length > 16) return "length";
  const kinds = [/[a-z]/, /[A-Z]/, /\d/, /[^A-Za-z\d]/].filter((r) => r.test(password)).length;
  if (kinds < 2) return "kinds";
  const lower = password.toLowerCase();
  if (lower.includes("admin") || lower.includes("123")) return "forbidden";
  if (username && lower.includes(username.toLowerCase())) return "username";
  if (hasDigitRun(password)) return "sequence";
  if (/(.)\1{3}/.test(password)) return "repeat";
  return null;
}
