import { consumeLoginToken } from "@/lib/auth/credentials";

/**
 * A stand-in for "@/lib/auth" in the sign-in API tests: its signIn does what Auth.js's credentials
 * provider does, consume the login token once, and records who signed in.
 * Use as `vi.mock("@/lib/auth", () => import("../support/sign-in-stub"))`.
 */
export const signedIn: string[] = [];

export async function signIn(_provider: string, opts: { loginToken: string }) {
  const user = await consumeLoginToken(opts.loginToken);
  if (!user) throw new Error("CredentialsSignin");
  signedIn.push(user.id);
}
