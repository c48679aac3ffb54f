import type { Shape } from "../shape";
import type { studio as en } from "../en/studio";

export const studio: Shape<typeof en> = {};
