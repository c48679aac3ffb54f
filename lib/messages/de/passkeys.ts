import type { Shape } from "../shape";
import type { passkeys as en } from "../en/passkeys";

export const passkeys: Shape<typeof en> = {};
