import { Hr, Link, Text } from "@react-email/components";
import type { Translator } from "@/lib/messages";

/** The unsubscribe line every newsletter email ends with (the same link is in the List-Unsubscribe header). */
export function NewsletterUnsubscribeFooter({ i18n, unsubscribeUrl }: { i18n: Translator; unsubscribeUrl: string }) {
  return (
    <>
      <Hr style={{ borderColor: "#e4e4e7", margin: "24px 0 12px" }} />
      <Text style={{ color: "#71717a", fontSize: 12, lineHeight: "18px", margin: 0 }}>
        {i18n.t("emails.newsletterFooter.ask")}{" "}
        <Link href={unsubscribeUrl} style={{ color: "#b91c1c" }}>
          {i18n.t("emails.newsletterFooter.link")}
        </Link>{" "}
        {i18n.t("emails.newsletterFooter.rest")}
      </Text>
    </>
  );
}

export const newsletterUnsubscribeText = (i18n: Translator, unsubscribeUrl: string) => i18n.t("emails.newsletterFooter.text", { url: unsubscribeUrl });
