import { DEFAULT_MARKET, marketByCode } from '../../platform/markets.ts';
import { deriveKey } from '../../platform/security/keys.ts';
import { hmac, safeEqual } from '../../platform/security/tokens.ts';
import { readerStorefront } from '../accounts/recipient-locale.ts';

/**
 * The links DSA emails carry: the complaint form for a statement of reasons (its unguessable id
 * identifies the decision), and for a notifier the form for their notice, signed so only the
 * notifier's email opens it.
 */
export const complaintPath = (storefront: string, statementId: string) =>
  `/${storefront}/dsa/complaints/new?statement=${statementId}`;

export const noticeComplaintToken = (secret: string, noticeId: number) =>
  hmac(deriveKey(secret, 'dsa-complaint'), `notice:${noticeId}`);

export const noticeComplaintTokenValid = (secret: string, noticeId: number, token: string) =>
  safeEqual(noticeComplaintToken(secret, noticeId), token);

export const noticeComplaintPath = (storefront: string, secret: string, noticeId: number) =>
  `/${storefront}/dsa/complaints/new?notice=${noticeId}&token=${noticeComplaintToken(secret, noticeId)}`;

/** The storefront a reader's links open on (their language on the market). */
export const storefrontFor = (locale: string, market: string) => readerStorefront(locale, market);

/** A market's time zone (complaint windows count in its local days). */
export const marketZone = (market: string) => (marketByCode(market) ?? DEFAULT_MARKET).timeZone;
