/**
 * A stand-in for one browser talking to server actions in-process: its request headers and
 * cookie jar (what next/headers gives an action) and the redirect an action ends with. Tests
 * mock next/headers, next/navigation and @/lib/auth with these (see tests/fuzz/form-actions.test.ts).
 */

export class Redirected extends Error {
  constructor(readonly url: string) {
    super(`redirect to ${url}`);
  }
}

export const browser = {
  headers: new Headers(),
  jar: new Map<string, string>(),
  /** A new browser: no cookies, its own address. */
  reset(address: string) {
    this.headers = new Headers({ "x-forwarded-for": address, "user-agent": "fuzz" });
    this.jar = new Map();
  },
};

export function cookieStore() {
  return {
    get: (name: string) => (browser.jar.has(name) ? { name, value: browser.jar.get(name)! } : undefined),
    set: (name: string, value: string) => void browser.jar.set(name, value),
    delete: (n: string | { name: string }) => void browser.jar.delete(typeof n === "string" ? n : n.name),
    has: (name: string) => browser.jar.has(name),
    getAll: () => [...browser.jar].map(([name, value]) => ({ name, value })),
  };
}

export function redirect(url: string): never {
  throw new Redirected(url);
}

/** How a server action ended: the redirect it answered with (anything else is a failure). */
export async function runAction(action: (fd: FormData) => Promise<void>, fd: FormData): Promise<string> {
  try {
    await action(fd);
  } catch (error) {
    if (error instanceof Redirected) return error.url;
    throw error;
  }
  return "(no redirect)";
}
