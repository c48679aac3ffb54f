import { redirect } from "next/navigation";
import { WizardPage, type WizardStepPageProps, wizardTitle } from "@/components/wizard-page";
import { auth } from "@/lib/auth";
import { submitSignInCheck } from "../../actions";

export const generateMetadata = wizardTitle("wizard.check.title");

/** The sign-in check: only the browser that entered the password holds this attempt's cookie. */
export default async function SignInCheckPage({ params, searchParams }: WizardStepPageProps) {
  const { flowId } = await params;
  if ((await auth())?.user) redirect("/account");
  return <WizardPage flow="sign-in-check" basePath="/login" flowId={flowId} searchParams={await searchParams} action={submitSignInCheck} completedRedirect="/login" />;
}
