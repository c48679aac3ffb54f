import "server-only";
/** Environment, read in one place. Test hooks are off unless set, and announced at start. */
export const config = {
  get production() {
    return process.env.NODE_ENV === "production";
  },
  /** Every picture code's answer is this text (test hook). */
  get captchaTestAnswer(): string | undefined {
    return process.env.CAPTCHA_TEST_ANSWER || undefined;
  },
  /** `/dev/mailbox` is on in development, and in production only when DEV_MAILBOX=1. */
  get mailboxEnabled(): boolean {
    return process.env.DEV_MAILBOX === "1" || process.env.NODE_ENV !== "production";
  },
  /** The clock can be moved forward over HTTP (test hook). */
  get testClock(): boolean {
    return process.env.TEST_CLOCK === "1";
  },
  get resendApiKey(): string | undefined {
    return process.env.RESEND_API_KEY || undefined;
  },
  /** SMS provider: all three of TWILIO_ACCOUNT_SID, TWILIO_AUTH_TOKEN and TWILIO_FROM, or none. */
  get twilio() {
    const { TWILIO_ACCOUNT_SID: accountSid, TWILIO_AUTH_TOKEN: authToken, TWILIO_FROM: from } = process.env;
    if (!accountSid || !authToken || !from) return undefined;
    return { accountSid, authToken, from, baseUrl: process.env.TWILIO_BASE_URL || "https://api.twilio.com" };
  },
  get mailFrom(): string {
    return process.env.MAIL_FROM || "Gatehouse <no-reply@gatehouse.local>";
  },
  get appUrl(): string {
    return process.env.APP_URL || process.env.AUTH_URL || `http://localhost:${process.env.PORT ?? 3000}`;
  },
  /**
   * Country for phone numbers typed at sign-in without a country code ("(201) 555-0143").
   * A code libphonenumber does not know is ignored: numbers then need their country code.
   */
  get phoneDefaultCountry(): string {
    return (process.env.PHONE_DEFAULT_COUNTRY || "US").toUpperCase();
  },
  /** Server secret for HMACs and Auth.js. A fixed value is used outside production only. */
  get secret(): string {
    const s = process.env.AUTH_SECRET;
    if (s) return s;
    if (process.env.NODE_ENV === "production") {
      throw new Error("AUTH_SECRET must be set in production (openssl rand -base64 32).");
    }
    return "gatehouse-development-secret-do-not-use-in-production";
  },
  /**
   * Multiplies every rate limit. Only for test servers where one demo account signs in far more
   * often than a person would (the end-to-end suite); production keeps 1.
   */
  get rateLimitScale(): number {
    const n = Number(process.env.RATE_LIMIT_SCALE ?? 1);
    return Number.isInteger(n) && n >= 1 ? n : 1;
  },
  /**
   * The request header that holds the client's address, as the proxy in front wrote it. The default,
   * `x-forwarded-for`, is read from the end (TRUST_PROXY hops); any other header (`x-real-ip`) is read
   * whole and must be one the proxy always sets, replacing what the client sent.
   */
  get clientAddressHeader(): string {
    const name = (process.env.CLIENT_ADDRESS_HEADER || "x-forwarded-for").trim().toLowerCase();
    if (!/^[a-z0-9-]+$/.test(name)) throw new Error(`CLIENT_ADDRESS_HEADER must be a header name such as x-real-ip, not "${name}".`);
    return name;
  },
  /** How many proxies in front of the app append to X-Forwarded-For. */
  get trustProxy(): number {
    return Math.max(1, Number.parseInt(process.env.TRUST_PROXY ?? "1", 10) || 1);
  },
  /** Where the LAN scan (SADP) sends its probe: the multicast group, or a host:port (the simulator). */
  get sadpTarget(): string {
    return process.env.SADP_TARGET || (this.sadpSimulator ? `127.0.0.1:${this.sadpSimulatorPort}` : "239.255.255.250:37020");
  },
  /** Start the device simulator with the server (on in development; SADP_SIMULATOR=1 elsewhere). */
  get sadpSimulator(): boolean {
    return process.env.SADP_SIMULATOR ? process.env.SADP_SIMULATOR === "1" : process.env.NODE_ENV !== "production";
  },
  /** How long the LAN scan waits for answers. */
  get sadpScanMs(): number {
    return Number(process.env.SADP_SCAN_MS ?? 2000);
  },
  get sadpSimulatorPort(): number {
    return Number(process.env.SADP_SIMULATOR_PORT ?? 37020);
  },
  /** The key devices use to check reset codes (shared with the device maker). A fixed value outside production. */
  get deviceVendorKey(): string {
    const k = process.env.DEVICE_VENDOR_KEY;
    if (k) return k;
    if (process.env.NODE_ENV === "production" && !this.sadpSimulator) throw new Error("DEVICE_VENDOR_KEY must be set in production.");
    return "gatehouse-demo-vendor-key";
  },
  /** How long an approved reset code works. */
  get resetCodeValidHours(): number {
    return Number(process.env.RESET_CODE_VALID_HOURS ?? 48);
  },
  /** Label photos are deleted this many days after their case closes (the audit trail stays). */
  get casePhotoRetentionDays(): number {
    return Number(process.env.CASE_PHOTO_RETENTION_DAYS ?? 30);
  },
  argon2: {
    get memoryCost() {
      return Number(process.env.ARGON2_MEMORY_KIB ?? 19456);
    },
    get timeCost() {
      return Number(process.env.ARGON2_ITERATIONS ?? 2);
    },
  },
};

/** Lines to print at start for every test hook that is switched on. */
export function activeTestHookWarnings(): string[] {
  const w: string[] = [];
  if (process.env.CAPTCHA_TEST_ANSWER) w.push("CAPTCHA_TEST_ANSWER is set: every picture code has a known answer.");
  if (process.env.DEV_MAILBOX === "1") w.push("DEV_MAILBOX=1: /dev/mailbox shows every message sent.");
  if (process.env.TEST_CLOCK === "1") w.push("TEST_CLOCK=1: the clock can be moved over HTTP (/dev/clock).");
  if (process.env.NODE_ENV === "production" && !process.env.RESEND_API_KEY) {
    w.push("No RESEND_API_KEY in production: email (with codes) goes to the local mailbox table, not to people.");
  }
  if (process.env.NODE_ENV === "production" && process.env.SEED_DEMO === "1") {
    w.push("SEED_DEMO=1 in production: the demo and admin accounts with published passwords exist.");
  }
  if (config.rateLimitScale > 1) w.push(`RATE_LIMIT_SCALE=${config.rateLimitScale}: every rate limit is that many times higher.`);
  if (process.env.DEMO_AUTH_CODES) w.push("DEMO_AUTH_CODES is set: those installer authentication codes are known.");
  if (!process.env.AUTH_SECRET && process.env.NODE_ENV !== "production") w.push("AUTH_SECRET is not set: using the development secret.");
  return w;
}
