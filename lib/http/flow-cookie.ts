import "server-only";
import { cookies } from "next/headers";
import { config } from "@/lib/config";

/** The bearer token of a flow started in this browser, kept in an HttpOnly cookie per flow. */
const name = (id: string) => `gh_flow_${id.replace(/-/g, "")}`;

export async function setFlowToken(id: string, token: string, maxAgeSeconds = 2 * 60 * 60) {
  (await cookies()).set(name(id), token, {
    httpOnly: true,
    sameSite: "lax",
    secure: config.appUrl.startsWith("https://"),
    path: "/",
    maxAge: maxAgeSeconds,
  });
}

export async function flowToken(id: string): Promise<string | undefined> {
  return (await cookies()).get(name(id))?.value;
}

export async function clearFlowToken(id: string) {
  (await cookies()).delete(name(id));
}
