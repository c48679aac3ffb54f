import { wizardStepPage, wizardTitle } from "@/components/wizard-page";
import { submitRegistrationStep } from "../actions";

export const generateMetadata = wizardTitle("wizard.register.title");

export default wizardStepPage({ flow: "user-registration", basePath: "/register", action: submitRegistrationStep, completedRedirect: "/account" });
