import type { Metadata } from "next";
import { Card } from "@/components/card";
import { getTranslator } from "@/lib/i18n/request";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslator()).t("wizard.help.title") };
}

export default async function VerificationCodeHelp() {
  const i18n = await getTranslator();
  // Each tip: its first words in bold, the rest (starting with its own space or comma) after them.
  const tips = [
    [i18n.t("wizard.help.waitTitle"), i18n.t("wizard.help.waitText")],
    [i18n.t("wizard.help.spamTitle"), i18n.t("wizard.help.spamText")],
    [i18n.t("wizard.help.addressTitle"), i18n.t("wizard.help.addressText")],
    [i18n.t("wizard.help.newCodeTitle"), i18n.t("wizard.help.newCodeText")],
    [i18n.t("wizard.help.stillTitle"), i18n.t("wizard.help.stillText")],
  ];
  return (
    <Card id="help-title" title={i18n.t("wizard.help.title")} level={1}>
      <ul className="mt-4 list-disc space-y-3 pl-5 text-sm text-zinc-700">
        {tips.map(([title, text]) => (
          <li key={title}>
            <strong>{title}</strong>
            {text}
          </li>
        ))}
      </ul>
      <p className="mt-5 text-sm text-zinc-600">{i18n.t("wizard.help.goBack")}</p>
    </Card>
  );
}
