import { wizardStepPage, wizardTitle } from "@/components/wizard-page";
import { submitRecoveryStep } from "../actions";

export const generateMetadata = wizardTitle("wizard.recovery.title");

export default wizardStepPage({ flow: "password-recovery", basePath: "/forgot-password", action: submitRecoveryStep });
