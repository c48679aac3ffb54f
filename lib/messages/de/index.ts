import type { Catalogue } from "../en";
import { account } from "./account";
import { chrome } from "./chrome";
import { copy } from "./copy";
import { core } from "./core";
import { desk } from "./desk";
import { emails } from "./emails";
import { passkeys } from "./passkeys";
import { studio } from "./studio";
import { wizard } from "./wizard";

export const de: Catalogue = { ...core, chrome, wizard, account, passkeys, desk, studio, copy, emails };
