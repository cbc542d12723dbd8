import type { App } from '../src/platform/http/app.ts';

export type Page = { status: number; headers: Headers; text: string; location: string | null; body: unknown };

/**
 * A cookie-keeping client over `app.request`, acting like a browser: it remembers cookies, reads
 * the CSRF token out of the last page with a form, and sends it with every form it posts.
 */
export class TestBrowser {
  readonly cookies = new Map<string, string>();
  csrf = '';
  readonly app: App;
  readonly ip: string;
  constructor(app: App, ip = '203.0.113.10') {
    this.app = app;
    this.ip = ip;
  }

  #headers(extra: Record<string, string> = {}): Record<string, string> {
    const cookie = [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
    return {
      'x-forwarded-for': this.ip,
      'user-agent': 'TestBrowser/1.0',
      ...(cookie ? { cookie } : {}),
      ...extra,
    };
  }

  async #send(path: string, init: RequestInit): Promise<Page> {
    const res = await this.app.request(path, init);
    for (const line of res.headers.getSetCookie()) {
      const [pair, ...attrs] = line.split(';');
      const [name, ...rest] = pair!.split('=');
      const value = rest.join('=');
      const expired = attrs.some((a) => /max-age=0\b/i.test(a.trim()) || /expires=Thu, 01 Jan 1970/i.test(a));
      if (expired || value === '') this.cookies.delete(name!.trim());
      else this.cookies.set(name!.trim(), value);
    }
    const text = await res.text();
    const token = /name="_csrf" value="([^"]+)"/.exec(text)?.[1];
    if (token) this.csrf = token;
    let body: unknown = text;
    try {
      body = JSON.parse(text);
    } catch {}
    return { status: res.status, headers: res.headers, text, location: res.headers.get('location'), body };
  }

  get(path: string, headers: Record<string, string> = {}): Promise<Page> {
    return this.#send(path, { headers: this.#headers(headers) });
  }

  /** Post a form as the page would, with the CSRF token (fetched first if no page was seen yet). */
  async post(path: string, form: Record<string, string>, opts: { csrf?: string | null } = {}): Promise<Page> {
    if (!this.csrf && opts.csrf === undefined) await this.get('/fr-fr/sign-in');
    const fields = { ...form } as Record<string, string>;
    const token = opts.csrf === undefined ? this.csrf : opts.csrf;
    if (token !== null) fields._csrf = token;
    return this.#send(path, {
      method: 'POST',
      headers: this.#headers({ 'content-type': 'application/x-www-form-urlencoded' }),
      body: new URLSearchParams(fields).toString(),
    });
  }
}

/** The newest outbox link to `path` sent to `to`. */
export function linkIn(text: string, path: string): string {
  const m = new RegExp(`https?://[^\\s]+${path.replace(/[?]/g, '\\?')}[^\\s]*`).exec(text);
  if (!m) throw new Error(`no ${path} link in:\n${text}`);
  return new URL(m[0]).pathname + new URL(m[0]).search;
}
