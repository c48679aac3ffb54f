import type { Shape } from "../shape";
import type { emails as en } from "../en/emails";

export const emails: Shape<typeof en> = {};
