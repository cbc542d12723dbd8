/**
 * Sends one webhook request, connecting only to allowed addresses. The host name is resolved by
 * our own `lookup`, which refuses the connection when any address it resolves to is not public (or
 * allow-listed): the check happens on the very addresses the socket connects to, so a DNS answer
 * changed since registration (rebinding) is caught. Literal addresses, which Node connects to
 * without a lookup, are checked before the request. Redirects are not followed.
 */
import { lookup as dnsLookup } from 'node:dns/promises';
import { request as httpRequest } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { isIP, type LookupFunction } from 'node:net';
import {
  isAddressAllowed,
  isHostAllowListed,
  normaliseHost,
  type TargetAllowList,
} from './webhook-target.rules.ts';

export type ResolvedAddress = { address: string; family: number };
/** Resolves a host name to its addresses (tests inject their own). */
export type HostResolver = (host: string) => Promise<ResolvedAddress[]>;

export const systemResolver: HostResolver = (host) => dnsLookup(host, { all: true, verbatim: true });

/** Why a delivery failed, in words safe to show the seller (the details go to the log). */
export type SendFailure = 'refused' | 'timeout' | 'connection';

export class WebhookSendError extends Error {
  readonly reason: SendFailure;
  constructor(reason: SendFailure, message: string, cause?: unknown) {
    super(message, cause === undefined ? undefined : { cause });
    this.name = 'WebhookSendError';
    this.reason = reason;
  }
}

export type WebhookRequest = { headers: Record<string, string>; body: string; timeoutMs: number };

function guardedLookup(resolve: HostResolver, allowed: (ip: string) => boolean): LookupFunction {
  return (hostname, options, callback) => {
    resolve(hostname).then(
      (all) => {
        const family = options.family === 4 || options.family === 6 ? options.family : 0;
        const usable = all.filter((a) => family === 0 || a.family === family);
        const refused = usable.find((a) => !allowed(a.address));
        if (usable.length === 0) {
          const err = Object.assign(new Error(`no address for ${hostname}`), { code: 'ENOTFOUND' });
          return callback(err, '', 0);
        }
        if (refused) {
          const err = new WebhookSendError(
            'refused',
            `${hostname} resolves to ${refused.address}, refused by policy`,
          );
          return callback(err as NodeJS.ErrnoException, '', 0);
        }
        if (options.all)
          return (callback as unknown as (e: null, a: ResolvedAddress[]) => void)(null, usable);
        return callback(null, usable[0]!.address, usable[0]!.family);
      },
      (err: NodeJS.ErrnoException) => callback(err, '', 0),
    );
  };
}

/** POST `body` to `url`; resolves to the answer's status, rejects with a WebhookSendError. */
export function sendWebhook(
  url: string,
  req: WebhookRequest,
  opts: { targets: TargetAllowList; resolve?: HostResolver },
): Promise<number> {
  const u = new URL(url);
  const host = normaliseHost(u.hostname);
  const allowListedHost = isHostAllowListed(host, opts.targets);
  if (isIP(host) !== 0 && !allowListedHost && !isAddressAllowed(host, opts.targets))
    return Promise.reject(new WebhookSendError('refused', `${host} refused by policy`));
  // An allow-listed name may resolve to private addresses: that is what allow-listing it means.
  const lookup = guardedLookup(opts.resolve ?? systemResolver, (ip) =>
    allowListedHost ? true : isAddressAllowed(ip, opts.targets),
  );
  const send = u.protocol === 'https:' ? httpsRequest : httpRequest;
  return new Promise<number>((resolvePromise, reject) => {
    const r = send(
      u,
      {
        method: 'POST',
        headers: { ...req.headers, 'content-length': String(Buffer.byteLength(req.body)) },
        lookup,
        agent: false,
        signal: AbortSignal.timeout(req.timeoutMs),
      },
      (res) => {
        // The content of the answer is not kept: release the connection at once.
        res.destroy();
        resolvePromise(res.statusCode ?? 0);
      },
    );
    r.on('error', (err: Error) => {
      if (err instanceof WebhookSendError) return reject(err);
      if (err.name === 'AbortError' || err.name === 'TimeoutError')
        return reject(new WebhookSendError('timeout', 'timed out', err));
      const inner = (err as { cause?: unknown }).cause;
      if (inner instanceof WebhookSendError) return reject(inner);
      reject(new WebhookSendError('connection', err.message, err));
    });
    r.end(req.body);
  });
}
