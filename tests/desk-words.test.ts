import { describe, expect, it } from "vitest";
import { translator } from "@/lib/messages";
import { formatMinutes } from "@/lib/cases/queue";
import { utcMinute } from "@/lib/format";
import { duration, eventLabel, statusLabel, when } from "@/app/desk/words";

const en = translator("en");
const de = translator("de");
const es = translator("es");

describe("the desk's words", () => {
  it("English durations read as before (the queue's and the case page's)", () => {
    for (const m of [0, 7, 59, 60, 61, 125, 47 * 60 + 59, 48 * 60, 3 * 1440 + 5 * 60 + 3]) expect(duration(en, m)).toBe(formatMinutes(m));
  });

  it("German and Spanish durations use their own units and plurals", () => {
    expect(duration(de, 42)).toBe("42 Min.");
    expect(duration(de, 125)).toBe("2 Std. 5 Min.");
    expect(duration(es, 125)).toBe("2 h y 5 min.");
    expect(duration(es, 3 * 1440 + 60)).toBe("3 días y 1 h");
  });

  it("English moments keep the UTC stamp; other languages write the date their way, still in UTC", () => {
    const d = new Date("2026-11-23T07:19:00Z");
    expect(when(en, d)).toBe(utcMinute(d));
    expect(when(de, d)).toBe("23.11.2026, 07:19 UTC");
    expect(when(es, d)).toMatch(/^23 nov 2026, 7:19 UTC$/);
  });

  it("statuses and audit events have words, and an unknown code shows as itself", () => {
    expect(statusLabel(en, "awaiting_second_approval")).toBe("Awaiting second approval");
    expect(statusLabel(de, "new")).toBe("Neu");
    expect(statusLabel(de, "mystery")).toBe("mystery");
    expect(eventLabel(en, "ask_customer")).toBe("ask customer");
    expect(eventLabel(es, "note")).toBe("nota");
    expect(eventLabel(en, "some_new_event")).toBe("some new event");
  });
});
