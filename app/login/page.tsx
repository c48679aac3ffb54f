import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { auth } from "@/lib/auth";
import { signInAction } from "./actions";

export const metadata: Metadata = { title: "Login" };

const errors: Record<string, string> = {
  missing: "Enter your user name or email and your password.",
  invalid: "The user name, email or password is incorrect.",
  limited: "Too many failed sign-ins from your network. Wait a few minutes and try again.",
};

export default async function LoginPage({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) {
  const sp = await searchParams;
  if ((await auth())?.user) redirect("/account");
  const error = sp.error ? (errors[sp.error] ?? errors.invalid) : undefined;
  return (
    <section className="card" aria-labelledby="login-title">
      <h1 id="login-title" className="text-xl font-bold">
        Login
      </h1>
      {sp.signedOut && (
        <p role="status" className="mt-3 rounded-md bg-green-50 p-3 text-sm text-green-800">
          You are signed out.
        </p>
      )}
      {error && (
        <p role="alert" className="mt-3 rounded-md bg-red-50 p-3 text-sm text-red-700">
          {error}
        </p>
      )}
      <form action={signInAction} className="mt-5 flex flex-col gap-4">
        <input type="hidden" name="next" value={sp.next ?? "/account"} />
        <div>
          <label htmlFor="identifier" className="block text-sm font-medium">
            User Name or Email
          </label>
          <input id="identifier" name="identifier" autoComplete="username" defaultValue={sp.identifier} required className="input mt-1" />
        </div>
        <div>
          <label htmlFor="password" className="block text-sm font-medium">
            Password
          </label>
          <input id="password" name="password" type="password" autoComplete="current-password" required className="input mt-1" />
        </div>
        <button type="submit" className="btn-primary">
          Sign In
        </button>
      </form>
      <p className="mt-4 text-sm">
        No account yet?{" "}
        <Link href="/register" className="link">
          Register
        </Link>
      </p>
    </section>
  );
}
