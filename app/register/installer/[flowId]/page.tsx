import { wizardStepPage, wizardTitle } from "@/components/wizard-page";
import { submitInstallerRegistrationStep } from "../actions";

export const generateMetadata = wizardTitle("wizard.register.installerTitle");

export default wizardStepPage({ flow: "installer-registration", basePath: "/register/installer", action: submitInstallerRegistrationStep });
