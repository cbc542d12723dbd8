/**
 * Where a redirect taken from the request (`?next=`, a payment's return URL) may lead: only to
 * a path of this site. Browsers strip tabs and newlines from URLs and read `\` as `/`, so
 * `/\t/evil.example` or `/\evil.example` would be `//evil.example`: any whitespace, control
 * character or backslash, raw or percent-encoded in the path, makes the target unsafe.
 */
const UNSAFE = /[\s\p{Cc}\\]/u;
const CONTROL = /\p{Cc}/u;
const DUMMY_ORIGIN = 'http://x.invalid';

/** `next` itself when it is a path of this site (`/x?y#z`), else null. */
export function localPath(next: string | null | undefined): string | null {
  if (!next || next.length >= 500 || !next.startsWith('/') || next.startsWith('//') || UNSAFE.test(next))
    return null;
  const path = next.split(/[?#]/)[0]!;
  let decodedPath: string;
  let decoded: string;
  try {
    decodedPath = decodeURIComponent(path);
    decoded = decodeURIComponent(next);
  } catch {
    return null;
  }
  if (decodedPath.startsWith('//') || UNSAFE.test(decodedPath) || CONTROL.test(decoded)) return null;
  const url = new URL(next, DUMMY_ORIGIN);
  return url.origin === DUMMY_ORIGIN ? next : null;
}

/** The path (with query and fragment) of `url` when it is on `siteUrl`'s origin, else null. */
export function sameOriginPath(url: string | null | undefined, siteUrl: string): string | null {
  if (!url || url.length >= 500 || UNSAFE.test(url)) return null;
  let site: URL;
  let target: URL;
  try {
    site = new URL(siteUrl || DUMMY_ORIGIN);
    target = new URL(url, site);
  } catch {
    return null;
  }
  if (target.origin !== site.origin || !/^https?:$/.test(target.protocol)) return null;
  // A relative target must itself be a safe path ("http:/evil" is relative to an http site only).
  if (!/^https?:\/\//i.test(url) && !localPath(url)) return null;
  return localPath(`${target.pathname}${target.search}${target.hash}`);
}
