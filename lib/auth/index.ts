import "server-only";
import { cache } from "react";
import NextAuth from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { z } from "zod";
import { consumeLoginToken } from "./credentials";
import { createSession, liveSession, revokeSession } from "./sessions";
import { clientAddressFrom } from "@/lib/http/client";
import { rememberLocale } from "@/lib/i18n/choice";

/**
 * Auth.js only exchanges single-use login tokens. They are issued when a sign-in is complete:
 * after the password from a trusted browser, after the sign-in check's code, or when a
 * registration finishes (lib/auth/sign-in.ts), so no credential skips the device check.
 */
const credentialsInput = z.object({ loginToken: z.string().min(20).max(200) });

/**
 * Whether a session is live, asked once per page render: the layout and the page both ask who is
 * signed in. React's cache lasts one server render (outside a render it calls through), so a
 * revoked session still ends on that browser's next request.
 */
const liveSessionThisRender = cache(liveSession);

const devSecret = "gatehouse-development-secret-do-not-use-in-production";

export const { handlers, auth, signIn, signOut } = NextAuth({
  // Outside production a fixed secret keeps `npm run dev` working with no setup; production needs AUTH_SECRET.
  secret: process.env.AUTH_SECRET || (process.env.NODE_ENV === "production" ? undefined : devSecret),
  trustHost: true,
  session: { strategy: "jwt", maxAge: 30 * 24 * 60 * 60 },
  pages: { signIn: "/login" },
  providers: [
    Credentials({
      credentials: { loginToken: {} },
      async authorize(raw, request) {
        const parsed = credentialsInput.safeParse(raw);
        if (!parsed.success) return null;
        const user = await consumeLoginToken(parsed.data.loginToken);
        if (!user) return null;
        return { ...user, clientAddress: clientAddressFrom(request.headers), userAgent: request.headers.get("user-agent") ?? undefined };
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
        // The account's language follows the person to this browser (docs/product.md, "Languages").
        await rememberLocale((user as { locale?: string | null }).locale);
        return token;
      }
      const live = typeof token.sid === "string" ? await liveSessionThisRender(token.sid) : null;
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
