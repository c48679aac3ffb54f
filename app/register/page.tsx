import type { Metadata } from "next";
import { getTranslator } from "@/lib/i18n/request";
import { WizardStart } from "@/components/wizard-start";
import { startRegistration } from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslator()).t("wizard.register.title") };
}

export default async function RegisterPage({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) {
  return <WizardStart flow="user-registration" basePath="/register" searchParams={await searchParams} action={startRegistration} />;
}
