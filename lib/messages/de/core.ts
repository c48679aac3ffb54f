import { core as english } from "../en/core";
import type { Shape } from "../shape";

/** Not yet translated: the English words stand in until this file is translated. */
export const core: Shape<typeof english> = english;
