import type { Shape } from "../shape";
import type { wizard as en } from "../en/wizard";

export const wizard: Shape<typeof en> = {};
