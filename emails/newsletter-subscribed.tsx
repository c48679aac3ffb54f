import { Text } from "@react-email/components";
import { EmailLayout, paragraph } from "./layout";
import { NewsletterUnsubscribeFooter, newsletterUnsubscribeText } from "./newsletter-footer";
import { translator, type Translator } from "@/lib/messages";

export type NewsletterSubscribedProps = { i18n: Translator; unsubscribeUrl: string };

/** Sent once the confirmation link was used: the subscription is live. */
export function NewsletterSubscribedEmail({ i18n, unsubscribeUrl }: NewsletterSubscribedProps) {
  return (
    <EmailLayout i18n={i18n} preview={i18n.t("messages.newsletterSubscribed.subject")} heading={i18n.t("emails.newsletterSubscribed.heading")}>
      <Text style={paragraph}>{i18n.t("emails.newsletterSubscribed.thanks")}</Text>
      <Text style={paragraph}>{i18n.t("emails.newsletterSubscribed.unsubscribeHint")}</Text>
      <NewsletterUnsubscribeFooter i18n={i18n} unsubscribeUrl={unsubscribeUrl} />
    </EmailLayout>
  );
}

NewsletterSubscribedEmail.subject = (p: Pick<NewsletterSubscribedProps, "i18n">) => p.i18n.t("messages.newsletterSubscribed.subject");
NewsletterSubscribedEmail.text = ({ i18n, unsubscribeUrl }: NewsletterSubscribedProps) =>
  [
    i18n.t("emails.newsletterSubscribed.thanks"),
    i18n.t("emails.newsletterSubscribed.unsubscribeHint"),
    "",
    newsletterUnsubscribeText(i18n, unsubscribeUrl),
  ].join("\n");

/** Sample data for the React Email preview (`npm run email`). */
NewsletterSubscribedEmail.PreviewProps = { i18n: translator("en"), unsubscribeUrl: "http://localhost:3000/newsletter/unsubscribe?token=preview" };

export default NewsletterSubscribedEmail;
