import type { Catalogue } from "../en";
import { account } from "./account";
import { chrome } from "./chrome";
import { core } from "./core";
import { desk } from "./desk";
import { emails } from "./emails";
import { studio } from "./studio";
import { wizard } from "./wizard";

export const de: Catalogue = { ...core, chrome, wizard, account, desk, studio, emails };
