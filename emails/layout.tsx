import { Body, Container, Head, Heading, Html, Preview, Section, Text } from "@react-email/components";
import type { ReactNode } from "react";
import type { Translator } from "@/lib/messages";

/** The frame every Gatehouse email shares, in the message's language. */
export function EmailLayout({ i18n, preview, heading, children }: { i18n: Translator; preview: string; heading: string; children: ReactNode }) {
  return (
    <Html lang={i18n.locale}>
      <Head />
      <Preview>{preview}</Preview>
      <Body style={{ backgroundColor: "#f4f4f5", fontFamily: "Helvetica, Arial, sans-serif", margin: 0, padding: "24px 0" }}>
        <Container style={{ backgroundColor: "#ffffff", borderRadius: 8, maxWidth: 480, padding: "32px 28px" }}>
          <Text style={{ color: "#b91c1c", fontWeight: 700, letterSpacing: 1, margin: 0 }}>GATEHOUSE</Text>
          <Heading as="h1" style={{ fontSize: 22, color: "#18181b", margin: "16px 0" }}>
            {heading}
          </Heading>
          <Section>{children}</Section>
          <Text style={{ color: "#71717a", fontSize: 12, marginTop: 32 }}>{i18n.t("emails.layout.footer")}</Text>
        </Container>
      </Body>
    </Html>
  );
}

export const paragraph = { color: "#3f3f46", fontSize: 15, lineHeight: "24px" } as const;
