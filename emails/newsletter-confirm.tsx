import { Button, Text } from "@react-email/components";
import { EmailLayout, paragraph } from "./layout";
import { NewsletterUnsubscribeFooter, newsletterUnsubscribeText } from "./newsletter-footer";
import { translator, type Translator } from "@/lib/messages";

export type NewsletterConfirmProps = { i18n: Translator; confirmUrl: string; unsubscribeUrl: string; wording: string; validDays: number };

/** Double opt-in: nothing is sent to the person as a newsletter until they use this link. */
export function NewsletterConfirmEmail({ i18n, confirmUrl, unsubscribeUrl, wording, validDays }: NewsletterConfirmProps) {
  const heading = i18n.t("emails.newsletterConfirm.heading");
  return (
    <EmailLayout i18n={i18n} preview={heading} heading={heading}>
      <Text style={paragraph}>{i18n.t("emails.newsletterConfirm.asked")}</Text>
      <Text style={{ ...paragraph, borderLeft: "3px solid #e4e4e7", paddingLeft: 12, fontStyle: "italic" }}>{wording}</Text>
      <Text style={paragraph}>{i18n.t("emails.newsletterConfirm.confirmNote", { days: validDays })}</Text>
      <Button href={confirmUrl} style={{ backgroundColor: "#b91c1c", color: "#ffffff", padding: "12px 20px", borderRadius: 6 }}>
        {i18n.t("emails.newsletterConfirm.button")}
      </Button>
      <Text style={paragraph}>{i18n.t("emails.newsletterConfirm.ignore")}</Text>
      <NewsletterUnsubscribeFooter i18n={i18n} unsubscribeUrl={unsubscribeUrl} />
    </EmailLayout>
  );
}

NewsletterConfirmEmail.subject = (p: Pick<NewsletterConfirmProps, "i18n">) => p.i18n.t("messages.newsletterConfirm.subject");
NewsletterConfirmEmail.text = ({ i18n, ...p }: NewsletterConfirmProps) =>
  [
    i18n.t("emails.newsletterConfirm.asked"),
    i18n.t("emails.newsletterConfirm.quoted", { wording: p.wording }),
    "",
    i18n.t("emails.newsletterConfirm.textConfirm", { url: p.confirmUrl }),
    i18n.t("emails.newsletterConfirm.textValid", { days: p.validDays }),
    i18n.t("emails.newsletterConfirm.ignore"),
    "",
    newsletterUnsubscribeText(i18n, p.unsubscribeUrl),
  ].join("\n");

/** Sample data for the React Email preview (`npm run email`). */
NewsletterConfirmEmail.PreviewProps = {
  i18n: translator("en"),
  confirmUrl: "http://localhost:3000/newsletter/confirm?token=preview",
  unsubscribeUrl: "http://localhost:3000/newsletter/unsubscribe?token=preview",
  wording: "I would like to receive newsletters about products, events and offers. I can unsubscribe at any time.",
  validDays: 7,
};

export default NewsletterConfirmEmail;
