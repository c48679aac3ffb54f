/**
 * A small client that uses the app the way a browser without JavaScript does: GET a page, find a
 * form, fill it, POST it, follow the redirect, keep cookies. The bench and the soak drive the real pages
 * with it. A field may be a File, sent as an <input type="file"> would (multipart).
 */

export type Form = { action: string; hidden: Record<string, string>; buttons: { name?: string; value?: string; text: string }[] };

const attr = (tag: string, name: string) => {
  const m = new RegExp(`\\s${name}="([^"]*)"`).exec(tag);
  return m ? decodeEntities(m[1]) : undefined;
};

function decodeEntities(s: string) {
  return s.replace(/&quot;/g, '"').replace(/&#x27;/g, "'").replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&amp;/g, "&");
}

export function parseForms(html: string): Form[] {
  const forms: Form[] = [];
  for (const m of html.matchAll(/<form\b([^>]*)>([\s\S]*?)<\/form>/g)) {
    const [, attrs, body] = m;
    const hidden: Record<string, string> = {};
    for (const input of body.matchAll(/<input\b[^>]*>/g)) {
      const tag = input[0];
      if (attr(tag, "type") === "hidden" && attr(tag, "name")) hidden[attr(tag, "name")!] = attr(tag, "value") ?? "";
    }
    const buttons = [...body.matchAll(/<button\b([^>]*)>([\s\S]*?)<\/button>/g)].map((b) => ({
      name: attr(b[1], "name"),
      value: attr(b[1], "value"),
      text: b[2].replace(/<[^>]+>/g, "").trim(),
    }));
    forms.push({ action: attr(` ${attrs}`, "action") ?? "", hidden, buttons });
  }
  return forms;
}

export class Browserless {
  cookies = new Map<string, string>();
  url = "";
  html = "";
  constructor(
    public base: string,
    public headers: Record<string, string> = {},
  ) {}

  private cookieHeader() {
    return [...this.cookies].map(([k, v]) => `${k}=${v}`).join("; ");
  }

  private keepCookies(res: Response) {
    for (const c of res.headers.getSetCookie()) {
      const [pair] = c.split(";");
      const i = pair.indexOf("=");
      const name = pair.slice(0, i);
      const value = pair.slice(i + 1);
      if (/max-age=0|expires=thu, 01 jan 1970/i.test(c) || value === "") this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
  }

  async request(path: string, init: RequestInit = {}): Promise<Response> {
    let url = new URL(path, this.base).toString();
    let res: Response;
    for (let hops = 0; ; hops++) {
      res = await fetch(url, {
        ...init,
        redirect: "manual",
        headers: {
          ...this.headers,
          cookie: this.cookieHeader(),
          ...(init.method === "POST" ? { origin: new URL(this.base).origin } : {}),
          ...(init.headers as Record<string, string>),
        },
      });
      this.keepCookies(res);
      const location = res.headers.get("location");
      if (res.status >= 300 && res.status < 400 && location && hops < 5) {
        await res.arrayBuffer();
        url = new URL(location, url).toString();
        init = { method: "GET" };
        continue;
      }
      break;
    }
    this.url = url;
    return res;
  }

  async get(path: string): Promise<string> {
    const res = await this.request(path);
    this.html = await res.text();
    if (res.status >= 400) throw new Error(`GET ${path} -> ${res.status}`);
    return this.html;
  }

  /** The values of the radio buttons named `name` in the current page, in page order. */
  radios(name: string): string[] {
    return [...this.html.matchAll(/<input\b[^>]*>/g)]
      .map((m) => m[0])
      .filter((tag) => attr(tag, "type") === "radio" && attr(tag, "name") === name)
      .map((tag) => attr(tag, "value") ?? "");
  }

  /** Press the button whose text is `label` in the current page, with these field values. */
  async press(label: string, fields: Record<string, string | File> = {}): Promise<string> {
    const form = parseForms(this.html).find((f) => f.buttons.some((b) => b.text === label || b.text.startsWith(`${label} (`)));
    if (!form) throw new Error(`No button "${label}" on ${this.url}`);
    const button = form.buttons.find((b) => b.text === label || b.text.startsWith(`${label} (`))!;
    const body = new FormData();
    for (const [k, v] of Object.entries(form.hidden)) body.append(k, v);
    if (button.name) body.append(button.name, button.value ?? "");
    for (const [k, v] of Object.entries(fields)) body.append(k, v);
    const res = await this.request(form.action || this.url, { method: "POST", body });
    this.html = await res.text();
    if (res.status >= 400) throw new Error(`POST ${label} on ${this.url} -> ${res.status}`);
    return this.html;
  }
}
