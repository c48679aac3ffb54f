import { describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { newsletterSubscriptions, outbox } from "@/lib/db/schema";
import { exportAccountData } from "@/lib/accounts/data-export";
import { getNewsletterState, NEWSLETTER_WORDING, newsletterWording, setNewsletter } from "@/lib/newsletter";
import { newsletterEffects } from "@/lib/newsletter/effects";
import { NEWSLETTER_LABEL } from "@/machines/installer-registration/definition";
import { useFlowDatabase, insertAccount } from "./db";

const database = useFlowDatabase();
let n = 0;
const SPANISH = "Deseo recibir boletines sobre productos, eventos y ofertas. Puedo darme de baja en cualquier momento.";

describe("newsletter consent in the language it was shown in", () => {
  it("a Spanish subscriber's consent keeps the Spanish wording, shown on About and in the data export", async () => {
    const user = await insertAccount(database(), `nl_es_${++n}`, "Newsletter-Passw0rd-1");
    expect(newsletterWording("es")).toBe(SPANISH);
    expect(newsletterWording("en")).toBe(NEWSLETTER_WORDING);
    expect(await setNewsletter(user.id, true, "es")).toBe("confirmation_sent");
    expect(await getNewsletterState(user.id)).toMatchObject({ status: "pending", consentWording: SPANISH, consentLocale: "es" });
    // The confirmation email quotes the same words.
    const [mail] = await database().select().from(outbox).where(eq(outbox.recipient, user.email!));
    expect((mail.payload as { wording?: string }).wording).toBe(SPANISH);
    const data = (await exportAccountData(user.id))!;
    expect(data.consents.find((c) => c.kind === "newsletter")).toMatchObject({ wording: SPANISH, language: "es" });
  });

  it("English stays the English wording; a consent from before languages reads as English", async () => {
    const user = await insertAccount(database(), `nl_en_${++n}`, "Newsletter-Passw0rd-1");
    expect(await setNewsletter(user.id, true)).toBe("confirmation_sent");
    expect(await getNewsletterState(user.id)).toMatchObject({ consentWording: NEWSLETTER_WORDING, consentLocale: "en" });
    await database().update(newsletterSubscriptions).set({ consentLocale: null }).where(eq(newsletterSubscriptions.userId, user.id));
    const data = (await exportAccountData(user.id))!;
    expect(data.consents.find((c) => c.kind === "newsletter")).toMatchObject({ wording: NEWSLETTER_WORDING, language: "en" });
  });

  it("the box ticked at registration is stored as the flow showed it, in the flow's language", async () => {
    const user = await insertAccount(database(), `nl_reg_${++n}`, "Newsletter-Passw0rd-1");
    await database().transaction((tx) =>
      newsletterEffects.newsletterOptIn(tx, { kind: "newsletterOptIn", wording: NEWSLETTER_LABEL }, { key: `reg:${user.id}`, locale: "es", outcome: { userId: user.id, email: user.email!, queuedMessages: 0 } }),
    );
    expect(await getNewsletterState(user.id)).toMatchObject({ consentWording: SPANISH, consentLocale: "es" });
  });
});
