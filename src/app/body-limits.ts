/**
 * How much body each request may send (issue 12): 256 KiB everywhere, /ws included; the real
 * uploads get more, and only once the caller is authenticated — a seller member for the portal's
 * uploads, a signed-in user for the seller application, an API key on /ws. An anonymous request
 * to an upload route gets the small limit, so nobody can make the server hold megabytes before
 * it knows who is asking. The uploads are parsed in memory (`parseBody`) within their limit.
 */
import type { Context } from 'hono';
import {
  isReviewPhotoUpload,
  REVIEW_PHOTOS_MAX_BODY_BYTES,
} from '../modules/reviews/review-writing.routes.ts';
import type { AppEnv } from '../platform/http/app.ts';
import { type BodyLimit, payloadTooLarge } from '../platform/http/body-limit.ts';
import { isSellerCareUpload, SELLER_CARE_MAX_BODY_BYTES } from '../web/seller/care.routes.ts';
import { isSellerImportUpload, SELLER_IMPORT_MAX_BODY_BYTES } from '../web/seller/imports.routes.ts';
import { CARE_UPLOAD_MAX_BODY_BYTES, isCareUpload } from '../web/shop/after-sales.routes.ts';
import { isInsuranceClaimUpload } from '../web/shop/insurance-claims.routes.ts';
import { isSellerApplicationUpload, SELLER_APPLICATION_MAX_BODY_BYTES } from '../web/shop/sell.routes.ts';
import { isSavUpload, SAV_MAX_BODY_BYTES } from '../ws/sav.routes.ts';
import { WS_MAX_BODY_BYTES } from '../ws/ws.routes.ts';
import { wsAuthIfAny } from '../ws/ws-auth.ts';
import { wsErrorOf, wsErrorResponse } from '../ws/ws-errors.ts';

/** Request bodies above this are refused with 413 before any parsing (uploads get their own limit). */
export const MAX_BODY_BYTES = 256 * 1024;

type C = Context<AppEnv>;
type Upload = {
  matches: (method: string, path: string) => boolean;
  maxBytes: number;
  /** Whether the caller, as known when the body is read, may send up to maxBytes. */
  authenticated: (c: C) => boolean;
};

const SELLER_INVOICE_UPLOAD = /^\/seller\/(\d+)\/orders\/\d+\/invoice$/;
const WS_CATALOG_BATCH = /^\/ws\/listings\/?$/;
const WS_INVOICE_UPLOAD = /^\/ws\/orders\/\d+\/invoice\/?$/;

const signedIn = (c: C) => Boolean(c.get('actor'));
/** A member of the seller named by the path (/seller/:id/…). */
const memberOfPathSeller = (c: C) => {
  const id = /^\/seller\/(\d+)\//.exec(c.req.path)?.[1];
  return Boolean(id && c.get('actor')?.sellers.has(Number(id)));
};
const wsKey = (c: C) => wsAuthIfAny(c) !== undefined;

const UPLOADS: Upload[] = [
  {
    matches: isSellerApplicationUpload,
    maxBytes: SELLER_APPLICATION_MAX_BODY_BYTES,
    authenticated: signedIn,
  },
  {
    matches: (method, path) => method === 'POST' && SELLER_INVOICE_UPLOAD.test(path),
    maxBytes: SELLER_APPLICATION_MAX_BODY_BYTES,
    authenticated: memberOfPathSeller,
  },
  // A care folder reply with its files, in the portal (/seller/{id}/care/{folderId}/reply).
  { matches: isSellerCareUpload, maxBytes: SELLER_CARE_MAX_BODY_BYTES, authenticated: memberOfPathSeller },
  {
    matches: isSellerImportUpload,
    maxBytes: SELLER_IMPORT_MAX_BODY_BYTES,
    authenticated: memberOfPathSeller,
  },
  {
    matches: (method, path) =>
      method === 'POST' && (WS_CATALOG_BATCH.test(path) || WS_INVOICE_UPLOAD.test(path)),
    maxBytes: WS_MAX_BODY_BYTES,
    authenticated: wsKey,
  },
  // A care message or problem with its ten files of 3 MB (/ws/sav/{id}/msg, /problem).
  { matches: isSavUpload, maxBytes: SAV_MAX_BODY_BYTES, authenticated: wsKey },
  // A buyer's help request or reply with its ten files of 3 MB (shop, signed in).
  { matches: isCareUpload, maxBytes: CARE_UPLOAD_MAX_BODY_BYTES, authenticated: signedIn },
  // An insurance claim with its photos or police report (shop, signed in).
  { matches: isInsuranceClaimUpload, maxBytes: CARE_UPLOAD_MAX_BODY_BYTES, authenticated: signedIn },
  // A review's photos, five of 5 MB (API and shop, signed in).
  { matches: isReviewPhotoUpload, maxBytes: REVIEW_PHOTOS_MAX_BODY_BYTES, authenticated: signedIn },
];

/** The body limit of a request (see streamingBodyLimit). */
export function bodyLimitOf(c: C): BodyLimit {
  const upload = UPLOADS.find((u) => u.matches(c.req.method, c.req.path));
  if (!upload) return { maxBytes: MAX_BODY_BYTES };
  return {
    maxBytes: upload.maxBytes,
    whenRead: () => (upload.authenticated(c) ? upload.maxBytes : MAX_BODY_BYTES),
  };
}

/** 413 in the caller's shape: Back Market's on /ws, problem+json under /api, an HTML page elsewhere. */
export function refuseTooLarge(c: C, maxBytes: number): Response {
  const error = payloadTooLarge(maxBytes);
  if (c.req.path.startsWith('/ws/')) {
    return wsErrorResponse(c, wsErrorOf(c, error.code, error.message));
  }
  throw error; // the app's onError renders it
}
