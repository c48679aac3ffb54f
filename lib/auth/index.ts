import NextAuth, { CredentialsSignin } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { z } from "zod";
import { consumeLoginToken, verifyCredentials } from "./credentials";
import { createSession, liveSession, revokeSession } from "./sessions";
import { clientAddressFrom } from "@/lib/http/client";
import { now } from "@/lib/clock";

class RateLimited extends CredentialsSignin {
  code = "rate_limited";
}

class Unconfirmed extends CredentialsSignin {
  code = "unconfirmed";
}

class MustReset extends CredentialsSignin {
  code = "must_reset";
}

/** Carries the minutes left in its code, which is all a CredentialsSignin can carry to the page. */
class Locked extends CredentialsSignin {
  constructor(minutes: number) {
    super();
    this.code = `locked_${minutes}`;
  }
}

const credentialsInput = z.union([
  z.object({ loginToken: z.string().min(20).max(200) }),
  z.object({ identifier: z.string().min(1).max(254), password: z.string().min(1).max(1024) }),
]);

const devSecret = "gatehouse-development-secret-do-not-use-in-production";

export const { handlers, auth, signIn, signOut } = NextAuth({
  // Outside production a fixed secret keeps `npm run dev` working with no setup; production needs AUTH_SECRET.
  secret: process.env.AUTH_SECRET || (process.env.NODE_ENV === "production" ? undefined : devSecret),
  trustHost: true,
  session: { strategy: "jwt", maxAge: 30 * 24 * 60 * 60 },
  pages: { signIn: "/login" },
  providers: [
    Credentials({
      credentials: { identifier: {}, password: {}, loginToken: {} },
      async authorize(raw, request) {
        const parsed = credentialsInput.safeParse(raw);
        if (!parsed.success) return null;
        const client = clientAddressFrom(request.headers);
        const user =
          "loginToken" in parsed.data
            ? await consumeLoginToken(parsed.data.loginToken)
            : await verifyCredentials(parsed.data.identifier, parsed.data.password, client);
        if (user === "limited") throw new RateLimited();
        if (user === "unconfirmed") throw new Unconfirmed();
        if (user === "must_reset") throw new MustReset();
        if (!user) return null;
        if ("lockedUntil" in user) throw new Locked(Math.max(1, Math.ceil((user.lockedUntil - now()) / 60_000)));
        return { ...user, clientAddress: client, userAgent: request.headers.get("user-agent") ?? undefined };
      },
    }),
  ],
  callbacks: {
    async jwt({ token, user }) {
      if (user) {
        const u = user as typeof user & { role?: string; clientAddress?: string; userAgent?: string };
        token.uid = u.id;
        token.role = u.role ?? "user";
        token.sid = await createSession(u.id!, { clientAddress: u.clientAddress, userAgent: u.userAgent });
        return token;
      }
      const live = typeof token.sid === "string" ? await liveSession(token.sid) : null;
      if (!live) return null;
      token.role = live.role;
      return token;
    },
    async session({ session, token }) {
      session.user.id = String(token.uid);
      session.user.role = String(token.role ?? "user");
      session.sessionId = String(token.sid);
      return session;
    },
  },
  events: {
    async signOut(message) {
      const token = "token" in message ? message.token : null;
      if (token && typeof token.sid === "string") await revokeSession(token.sid);
    },
  },
});
