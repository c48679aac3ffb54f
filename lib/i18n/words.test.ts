import { describe, expect, it } from "vitest";
import { en } from "@/lib/messages/en";
import { translator } from "@/lib/messages";
import { NEWSLETTER_WORDING } from "@/lib/newsletter";
import { rejectReasons, statusLabels } from "@/lib/cases/service";
import { describeDevice } from "@/lib/accounts/security";
import { describePlace } from "@/lib/auth/networks";
import { describedIn, inLanguage, utcDay, utcTime } from "./words";

const at = new Date("2026-03-05T07:19:00Z");

describe("account words", () => {
  it("English keeps its UTC dates; German and Spanish write theirs, still in UTC", () => {
    expect(utcTime(translator("en"), at)).toBe("2026-03-05 07:19 UTC");
    expect(utcDay(translator("en"), at)).toBe("2026-03-05");
    expect(utcTime(translator("de"), at)).toMatch(/^05\.03\.2026, 07:19 UTC$/);
    expect(utcDay(translator("de"), at)).toBe("05.03.2026");
    expect(utcTime(translator("es"), at)).toMatch(/2026.*7:19 UTC$/);
  });

  it("English words from below the pages are given in the request's language when the catalogue has them", () => {
    expect(inLanguage(translator("de"), "The password is not right.")).toBe("Das Passwort ist nicht richtig.");
    expect(inLanguage(translator("es"), "Too many tries. Try again in an hour.")).toBe("Demasiados intentos. Vuelva a intentarlo dentro de una hora.");
    expect(inLanguage(translator("de"), "The passwords do not match.")).toBe("Die Passwörter stimmen nicht überein.");
    expect(inLanguage(translator("en"), "The password is not right.")).toBe("The password is not right.");
    expect(inLanguage(translator("de"), "Words nobody catalogued")).toBe("Words nobody catalogued");
    // Stored case notifications are not matched any more: they carry their kind (notificationText).
    expect(inLanguage(translator("de"), "Case C-000042 is closed.")).toBe("Case C-000042 is closed.");
    expect(inLanguage(translator("de"), "Use at most 4,000 characters.")).toBe("Verwenden Sie höchstens 4,000 Zeichen.");
  });

  it("a session's browser and network read in the request's language", () => {
    const de = translator("de");
    expect(describedIn(de, describeDevice("Mozilla/5.0 (Windows NT 10.0) Chrome/140.0"))).toBe("Chrome auf Windows");
    expect(describedIn(de, describeDevice("curl/8.0 (Linux)"))).toBe("App oder Skript auf Linux");
    expect(describedIn(de, describeDevice(null))).toBe("Unbekannter Browser");
    expect(describedIn(de, describePlace("127.0.0.1"))).toBe("Dieser Computer");
    expect(describedIn(de, describePlace("10.1.2.3"))).toBe("Lokales Netzwerk");
    expect(describedIn(translator("es"), describePlace("203.0.113.7"))).toMatch(/^Red 203\./);
    expect(describedIn(translator("en"), describePlace("203.0.113.7"))).toBe(describePlace("203.0.113.7"));
  });

  it("the catalogue's English is the English the rest of the code keeps", () => {
    // The consent wording is stored with each newsletter consent: the page shows the same words.
    expect(en.account.about.wording).toBe(NEWSLETTER_WORDING);
    expect(en.account.caseStatus).toEqual(statusLabels);
    expect(en.account.rejectReasons).toEqual(rejectReasons);
  });
});
