import { Hr, Link, Text } from "@react-email/components";

/** The unsubscribe line every newsletter email ends with (the same link is in the List-Unsubscribe header). */
export function NewsletterUnsubscribeFooter({ unsubscribeUrl }: { unsubscribeUrl: string }) {
  return (
    <>
      <Hr style={{ borderColor: "#e4e4e7", margin: "24px 0 12px" }} />
      <Text style={{ color: "#71717a", fontSize: 12, lineHeight: "18px", margin: 0 }}>
        Don&apos;t want these emails?{" "}
        <Link href={unsubscribeUrl} style={{ color: "#b91c1c" }}>
          Unsubscribe
        </Link>{" "}
        with one click. No sign-in needed.
      </Text>
    </>
  );
}

export const newsletterUnsubscribeText = (unsubscribeUrl: string) =>
  `Don't want these emails? Unsubscribe with one click (no sign-in needed): ${unsubscribeUrl}`;
