import { Button, Text } from "@react-email/components";
import { EmailLayout, paragraph } from "./layout";
import { NewsletterUnsubscribeFooter, newsletterUnsubscribeText } from "./newsletter-footer";
import { t } from "@/lib/messages";

export type NewsletterConfirmProps = { confirmUrl: string; unsubscribeUrl: string; wording: string; validDays: number };

/** Double opt-in: nothing is sent to the person as a newsletter until they use this link. */
export function NewsletterConfirmEmail({ confirmUrl, unsubscribeUrl, wording, validDays }: NewsletterConfirmProps) {
  return (
    <EmailLayout preview="Confirm your newsletter subscription" heading="Confirm your newsletter subscription">
      <Text style={paragraph}>You asked to receive the Gatehouse newsletter. You agreed to this:</Text>
      <Text style={{ ...paragraph, borderLeft: "3px solid #e4e4e7", paddingLeft: 12, fontStyle: "italic" }}>{wording}</Text>
      <Text style={paragraph}>
        Confirm with the button below. The link is valid for {validDays} days and works once. Until you confirm, you will not
        receive any newsletter.
      </Text>
      <Button href={confirmUrl} style={{ backgroundColor: "#b91c1c", color: "#ffffff", padding: "12px 20px", borderRadius: 6 }}>
        Confirm subscription
      </Button>
      <Text style={paragraph}>If you did not ask for this, ignore this email: you will not be subscribed.</Text>
      <NewsletterUnsubscribeFooter unsubscribeUrl={unsubscribeUrl} />
    </EmailLayout>
  );
}

NewsletterConfirmEmail.subject = () => t("messages.newsletterConfirm.subject");
NewsletterConfirmEmail.text = (p: NewsletterConfirmProps) =>
  [
    "You asked to receive the Gatehouse newsletter. You agreed to this:",
    `"${p.wording}"`,
    "",
    `Confirm your subscription: ${p.confirmUrl}`,
    `The link is valid for ${p.validDays} days and works once. Until you confirm, you will not receive any newsletter.`,
    "If you did not ask for this, ignore this email: you will not be subscribed.",
    "",
    newsletterUnsubscribeText(p.unsubscribeUrl),
  ].join("\n");

/** Sample data for the React Email preview (`npm run email`). */
NewsletterConfirmEmail.PreviewProps = {
  confirmUrl: "http://localhost:3000/newsletter/confirm?token=preview",
  unsubscribeUrl: "http://localhost:3000/newsletter/unsubscribe?token=preview",
  wording: "I would like to receive newsletters about products, events and offers. I can unsubscribe at any time.",
  validDays: 7,
};

export default NewsletterConfirmEmail;
