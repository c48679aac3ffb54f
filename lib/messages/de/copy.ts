import type { Shape } from "../shape";
import type { copy as en } from "../en/copy";

export const copy: Shape<typeof en> = {};
