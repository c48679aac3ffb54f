import { Text } from "@react-email/components";
import { EmailLayout, paragraph } from "./layout";
import { NewsletterUnsubscribeFooter, newsletterUnsubscribeText } from "./newsletter-footer";
import { t } from "@/lib/messages";

export type NewsletterSubscribedProps = { unsubscribeUrl: string };

/** Sent once the confirmation link was used: the subscription is live. */
export function NewsletterSubscribedEmail({ unsubscribeUrl }: NewsletterSubscribedProps) {
  return (
    <EmailLayout preview="You are subscribed to the Gatehouse newsletter" heading="You are subscribed">
      <Text style={paragraph}>
        Thank you for confirming. You will receive the Gatehouse newsletter about products, events and offers at this address.
      </Text>
      <Text style={paragraph}>
        You can unsubscribe at any time with the link below, or under Me &gt; About in your account.
      </Text>
      <NewsletterUnsubscribeFooter unsubscribeUrl={unsubscribeUrl} />
    </EmailLayout>
  );
}

NewsletterSubscribedEmail.subject = () => t("messages.newsletterSubscribed.subject");
NewsletterSubscribedEmail.text = (p: NewsletterSubscribedProps) =>
  [
    "Thank you for confirming. You will receive the Gatehouse newsletter about products, events and offers at this address.",
    "You can unsubscribe at any time with the link below, or under Me > About in your account.",
    "",
    newsletterUnsubscribeText(p.unsubscribeUrl),
  ].join("\n");

/** Sample data for the React Email preview (`npm run email`). */
NewsletterSubscribedEmail.PreviewProps = { unsubscribeUrl: "http://localhost:3000/newsletter/unsubscribe?token=preview" };

export default NewsletterSubscribedEmail;
