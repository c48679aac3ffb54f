import type { Shape } from "../shape";
import { account } from "./account";
import { chrome } from "./chrome";
import { copy } from "./copy";
import { core } from "./core";
import { desk } from "./desk";
import { emails } from "./emails";
import { passkeys } from "./passkeys";
import { studio } from "./studio";
import { wizard } from "./wizard";

/**
 * The English catalogue, the source every other language translates, in sections:
 * - core: notices, flow errors, the JSON API's messages, rules shown on forms, subjects and SMS texts;
 * - chrome: the header, the language picker, the error pages and what every page shares;
 * - wizard: the public pages (home, sign-in, registration, Forgot Password, Verify Now, help, terms);
 * - account: My Account and its pages (Security, devices, company, data, tools), cases and notifications;
 * - passkeys: adding, naming, removing and signing in with passkeys;
 * - desk: the support desk and the admin pages;
 * - studio: the flow studio;
 * - copy: the studio's per-language copy editor and the engine's words around step copy (the step
 *   copy itself lives in each flow's definition, translated per language there);
 * - emails: the words of the emails (their subjects and SMS texts are in core.messages).
 */
export const en = { ...core, chrome, wizard, account, passkeys, desk, studio, copy, emails };

/** The shape every language has: the same keys, any strings. */
export type Catalogue = Shape<typeof en>;
