/**
 * `Authorization: Bearer <token>` (RFC 6750; the scheme is case-insensitive). A request in this
 * scheme is authenticated by its token alone: never by cookies, so it needs no CSRF protection.
 */
const BEARER_SCHEME = /^bearer(\s|$)/i;
const BEARER = /^bearer ([A-Za-z0-9_-]{20,100})$/i;

/** Whether the header claims the Bearer scheme, well-formed or not. */
export function isBearerScheme(authorization: string | undefined): boolean {
  return !!authorization && BEARER_SCHEME.test(authorization);
}

/** The token of a well-formed bearer header, else null. */
export function bearerToken(authorization: string | undefined): string | null {
  return BEARER.exec(authorization ?? '')?.[1] ?? null;
}
