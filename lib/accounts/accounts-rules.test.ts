import { afterEach, describe, expect, it } from "vitest";
import { appOrigins, relyingParty } from "./passkeys";
import { retryDelayMs } from "./deletion";
import { exportFileName } from "./data-export";

const saved = { APP_URL: process.env.APP_URL, PASSKEY_RP_ID: process.env.PASSKEY_RP_ID, PASSKEY_APP_ORIGINS: process.env.PASSKEY_APP_ORIGINS };
afterEach(() => {
  for (const [k, v] of Object.entries(saved)) {
    if (v === undefined) delete process.env[k];
    else process.env[k] = v;
  }
});

describe("passkey relying party", () => {
  it("is APP_URL's host name, with APP_URL the only accepted origin", () => {
    process.env.APP_URL = "https://gatehouse.example.com";
    delete process.env.PASSKEY_RP_ID;
    expect(relyingParty()).toMatchObject({ rpID: "gatehouse.example.com", origins: ["https://gatehouse.example.com"] });
  });

  it("uses localhost for a loopback IP address, which WebAuthn does not take, and accepts that origin too", () => {
    process.env.APP_URL = "http://127.0.0.1:3230";
    delete process.env.PASSKEY_RP_ID;
    expect(relyingParty()).toMatchObject({ rpID: "localhost", origins: ["http://127.0.0.1:3230", "http://localhost:3230"] });
  });

  it("accepts the Android app's origin from PASSKEY_APP_ORIGINS, and refuses a setting that is not an app or https origin", () => {
    const android = `android:apk-key-hash:${"A".repeat(42)}Q`;
    process.env.APP_URL = "https://gatehouse.example.com";
    delete process.env.PASSKEY_RP_ID;
    process.env.PASSKEY_APP_ORIGINS = ` ${android} ,https://app.example.com`;
    expect(relyingParty().origins).toEqual(["https://gatehouse.example.com", android, "https://app.example.com"]);
    delete process.env.PASSKEY_APP_ORIGINS;
    expect(relyingParty().origins).toEqual(["https://gatehouse.example.com"]);
    expect(() => appOrigins("android:apk-key-hash:short")).toThrow(/PASSKEY_APP_ORIGINS/);
    expect(() => appOrigins("http://evil.example.com")).toThrow(/PASSKEY_APP_ORIGINS/);
    expect(() => appOrigins("*")).toThrow(/PASSKEY_APP_ORIGINS/);
    expect(appOrigins("")).toEqual([]);
  });

  it("takes PASSKEY_RP_ID when set (a parent domain)", () => {
    process.env.APP_URL = "https://login.example.com";
    process.env.PASSKEY_RP_ID = "example.com";
    expect(relyingParty().rpID).toBe("example.com");
  });
});

describe("deletion retries", () => {
  it("wait longer after each failed run, at most six hours", () => {
    expect(retryDelayMs(1)).toBe(60_000);
    expect(retryDelayMs(2)).toBe(120_000);
    expect(retryDelayMs(4)).toBe(480_000);
    expect(retryDelayMs(30)).toBe(6 * 60 * 60_000);
  });
});

describe("export file name", () => {
  it("keeps only safe characters of the user name", () => {
    expect(exportFileName("Dana")).toMatch(/^gatehouse-data-Dana-\d{4}-\d{2}-\d{2}\.json$/);
    expect(exportFileName('x"\r\n;y')).toMatch(/^gatehouse-data-x____y-/);
    expect(exportFileName("")).toMatch(/^gatehouse-data-account-/);
  });
});
