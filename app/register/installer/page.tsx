import type { Metadata } from "next";
import { WizardStart } from "@/components/wizard-start";
import { startInstallerRegistration } from "./actions";

export const metadata: Metadata = { title: "Register as an Installer" };

export default async function InstallerRegisterPage({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) {
  return (
    <WizardStart
      flow="installer-registration"
      basePath="/register/installer"
      searchParams={await searchParams}
      action={startInstallerRegistration}
      title="Country/Region of your company"
      note="Choose the country or region where your company is registered. It cannot be changed after registration."
    />
  );
}
