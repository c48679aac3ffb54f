import type { Shape } from "../shape";
import type { desk as en } from "../en/desk";

export const desk: Shape<typeof en> = {};
