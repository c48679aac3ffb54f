import { describe, expect, it } from "vitest";
import { newsletterTemplates } from "@/emails/newsletter";
import { renderMessage } from "@/emails";
import { config } from "@/lib/config";

const base = () => config.appUrl.replace(/\/$/, "");
const secret = { confirmToken: "c".repeat(43), unsubscribeToken: "u".repeat(43) };

describe("newsletter templates", () => {
  // Any newsletter registered later is held to the same rule by this loop.
  for (const template of Object.keys(newsletterTemplates)) {
    it(`${template} carries the one-click unsubscribe link in the text, the HTML and the headers`, async () => {
      const m = await renderMessage(template, { wording: "I agree.", validDays: 7, secret }, "email");
      const page = `${base()}/newsletter/unsubscribe?token=${secret.unsubscribeToken}`;
      expect(m.text).toContain(page);
      expect(m.html).toContain(page);
      expect(m.headers).toEqual({
        "List-Unsubscribe": `<${base()}/api/newsletter/unsubscribe?token=${secret.unsubscribeToken}>`,
        "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
      });
    });

    it(`${template} refuses to render without an unsubscribe token (the row fails rather than going out without it)`, async () => {
      await expect(renderMessage(template, { secret: { confirmToken: secret.confirmToken } }, "email")).rejects.toThrow(/unsubscribe/);
      await expect(renderMessage(template, {}, "email")).rejects.toThrow(/unsubscribe/);
    });
  }

  it("the confirmation email links to the confirm page and quotes the consent wording", async () => {
    const m = await renderMessage("newsletter-confirm", { wording: "I would like newsletters.", validDays: 7, secret }, "email");
    expect(m.subject).toBe("Confirm your Gatehouse newsletter subscription");
    expect(m.text).toContain(`${base()}/newsletter/confirm?token=${secret.confirmToken}`);
    expect(m.text).toContain("I would like newsletters.");
    expect(m.text).toContain("valid for 7 days");
    expect(m.html).toContain(`/newsletter/confirm?token=${secret.confirmToken}`);
  });
});
