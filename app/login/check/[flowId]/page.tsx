import type { Metadata } from "next";
import { getTranslator } from "@/lib/i18n/request";
import { redirect } from "next/navigation";
import { WizardPage } from "@/components/wizard-page";
import { auth } from "@/lib/auth";
import { submitSignInCheck } from "../../actions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslator()).t("wizard.check.title") };
}

type Props = { params: Promise<{ flowId: string }>; searchParams: Promise<Record<string, string | undefined>> };

/** The sign-in check: only the browser that entered the password holds this attempt's cookie. */
export default async function SignInCheckPage({ params, searchParams }: Props) {
  const { flowId } = await params;
  if ((await auth())?.user) redirect("/account");
  return <WizardPage flow="sign-in-check" basePath="/login" flowId={flowId} searchParams={await searchParams} action={submitSignInCheck} completedRedirect="/login" />;
}
