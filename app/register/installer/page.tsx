import type { Metadata } from "next";
import { getTranslator } from "@/lib/i18n/request";
import { WizardStart } from "@/components/wizard-start";
import { startInstallerRegistration } from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslator()).t("wizard.register.installerTitle") };
}

export default async function InstallerRegisterPage({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) {
  const i18n = await getTranslator();
  return (
    <WizardStart
      flow="installer-registration"
      basePath="/register/installer"
      searchParams={await searchParams}
      action={startInstallerRegistration}
      title={i18n.t("wizard.register.installerCountry")}
      note={i18n.t("wizard.register.installerNote")}
    />
  );
}
