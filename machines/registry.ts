import userRegistration from "./user-registration";
import installerRegistration from "./installer-registration";
import passwordRecovery from "./password-recovery";
import contactChange from "./contact-change";
import signInCheck from "./sign-in-check";
import deviceResetCase from "./device-reset-case";

/**
 * Every flow the app runs, one line each. Adding a flow is its own folder (one `defineFlow`) and a
 * line here; lib/engine.ts registers this list with the engine.
 */
export const flowList = [userRegistration, installerRegistration, passwordRecovery, contactChange, signInCheck, deviceResetCase];
