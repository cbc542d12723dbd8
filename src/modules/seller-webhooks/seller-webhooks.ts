/**
 * Outgoing webhooks for seller integrations. A seller subscribes an endpoint to some events; each
 * event becomes one `webhook_deliveries` row per matching active subscription, and a job POSTs it
 * as JSON, signed like Stripe's: `Reloop-Signature: t=<unix seconds>,v1=<hex HMAC-SHA256(secret,
 * "<t>.<body>")>`. A failed delivery is retried after 1, 2, 4, … minutes (at most 6 hours apart)
 * and abandoned after MAX_WEBHOOK_ATTEMPTS attempts. Delivery is at least once: receivers should
 * deduplicate on `Reloop-Delivery`.
 */
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { and, asc, desc, eq, inArray, isNull, lt, lte, sql } from 'drizzle-orm';
import type { Clock } from '../../platform/clock.ts';
import type { Db } from '../../platform/db/client.ts';
import { AppError, type FieldIssue } from '../../platform/errors.ts';
import type { Logger } from '../../platform/logger.ts';
import { sellerWebhooks, webhookDeliveries } from './seller-webhooks.schema.ts';

export const WEBHOOK_EVENTS = ['order.created', 'order_line.updated', 'listing.buybox_changed'] as const;
export type WebhookEvent = (typeof WEBHOOK_EVENTS)[number];

export const MAX_WEBHOOK_ATTEMPTS = 10;
export const WEBHOOK_TIMEOUT_MS = 5_000;
export const WEBHOOK_RETRY_BASE_MS = 60_000;
export const WEBHOOK_RETRY_CAP_MS = 6 * 60 * 60_000;
/** A delivery being sent is leased for this long: a worker that dies mid-send releases it then. */
const LEASE_MS = 60_000;
/** Deliveries sent at the same time by one run. */
const PARALLEL = 10;
/** Active subscriptions per seller. */
export const MAX_WEBHOOKS_PER_SELLER = 10;

const isEvent = (e: string): e is WebhookEvent => (WEBHOOK_EVENTS as readonly string[]).includes(e);
const LOCAL_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

/** The endpoint's URL, or the reason it is refused: https only (plain http to this machine in development). */
export function checkWebhookUrl(raw: string, allowLocalHttp = true): { url: string } | { error: string } {
  const text = raw.trim();
  if (!text) return { error: 'is required' };
  if (text.length > 2000) return { error: 'must be at most 2000 characters' };
  let u: URL;
  try {
    u = new URL(text);
  } catch {
    return { error: 'must be a full URL, e.g. https://example.com/reloop' };
  }
  if (u.username || u.password) return { error: 'must not contain a user name or password' };
  if (u.protocol === 'https:') return { url: u.toString() };
  if (u.protocol === 'http:' && allowLocalHttp && LOCAL_HOSTS.has(u.hostname)) return { url: u.toString() };
  return {
    error: allowLocalHttp
      ? 'must start with https:// (http:// only for localhost or 127.0.0.1)'
      : 'must start with https://',
  };
}

/** Subscribe an endpoint; the secret is returned once (the portal shows it once). */
export async function subscribe(
  db: Db,
  a: {
    sellerId: number;
    url: string;
    events: readonly string[];
    now?: Date;
    /** Accept http://localhost and http://127.0.0.1 (development). Default true. */
    allowLocalHttp?: boolean;
  },
): Promise<{ id: number; secret: string }> {
  const issues: FieldIssue[] = [];
  const checked = checkWebhookUrl(a.url, a.allowLocalHttp ?? true);
  if ('error' in checked) issues.push({ field: 'url', message: checked.error });
  const events = [...new Set(a.events)];
  if (events.length === 0) issues.push({ field: 'events', message: 'choose at least one event' });
  const unknown = events.filter((e) => !isEvent(e));
  if (unknown.length)
    issues.push({
      field: 'events',
      message: `unknown event ${unknown.join(', ')}: use ${WEBHOOK_EVENTS.join(', ')}`,
    });
  if (issues.length) throw AppError.invalid(issues);
  const [count] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(sellerWebhooks)
    .where(and(eq(sellerWebhooks.sellerId, a.sellerId), isNull(sellerWebhooks.disabledAt)));
  if ((count?.n ?? 0) >= MAX_WEBHOOKS_PER_SELLER)
    throw new AppError('CONFLICT', `At most ${MAX_WEBHOOKS_PER_SELLER} webhooks: delete one first`);
  const secret = `whsec_${randomBytes(24).toString('base64url')}`;
  const [row] = await db
    .insert(sellerWebhooks)
    .values({
      sellerId: a.sellerId,
      url: (checked as { url: string }).url,
      secret,
      events: WEBHOOK_EVENTS.filter((e) => events.includes(e)),
      createdAt: a.now ?? new Date(),
    })
    .returning({ id: sellerWebhooks.id });
  return { id: row!.id, secret };
}

/** Stop a subscription (its delivery log stays). NOT_FOUND unless it is the seller's and active. */
export async function unsubscribe(
  db: Db,
  a: { sellerId: number; webhookId: number; now?: Date },
): Promise<void> {
  const rows = await db
    .update(sellerWebhooks)
    .set({ disabledAt: a.now ?? new Date() })
    .where(
      and(
        eq(sellerWebhooks.id, a.webhookId),
        eq(sellerWebhooks.sellerId, a.sellerId),
        isNull(sellerWebhooks.disabledAt),
      ),
    )
    .returning({ id: sellerWebhooks.id });
  if (rows.length === 0) throw AppError.notFound('Webhook');
}

export type WebhookSummary = { id: number; url: string; events: string[]; createdAt: Date };

/** The seller's active subscriptions, oldest first (never the secret). */
export async function listWebhooks(db: Db, sellerId: number): Promise<WebhookSummary[]> {
  return db
    .select({
      id: sellerWebhooks.id,
      url: sellerWebhooks.url,
      events: sellerWebhooks.events,
      createdAt: sellerWebhooks.createdAt,
    })
    .from(sellerWebhooks)
    .where(and(eq(sellerWebhooks.sellerId, sellerId), isNull(sellerWebhooks.disabledAt)))
    .orderBy(asc(sellerWebhooks.id));
}

export type DeliveryStatus = 'delivered' | 'pending' | 'retrying' | 'failed';
export type DeliveryLogRow = {
  id: number;
  webhookId: number;
  url: string;
  event: string;
  attempts: number;
  status: DeliveryStatus;
  lastStatus: number | null;
  lastError: string | null;
  nextAttemptAt: Date;
  deliveredAt: Date | null;
  createdAt: Date;
};

export function deliveryStatus(d: { deliveredAt: Date | null; attempts: number }): DeliveryStatus {
  if (d.deliveredAt) return 'delivered';
  if (d.attempts >= MAX_WEBHOOK_ATTEMPTS) return 'failed';
  return d.attempts === 0 ? 'pending' : 'retrying';
}

/** The seller's most recent deliveries, newest first. */
export async function recentDeliveries(db: Db, sellerId: number, limit = 50): Promise<DeliveryLogRow[]> {
  const rows = await db
    .select({
      id: webhookDeliveries.id,
      webhookId: webhookDeliveries.webhookId,
      url: sellerWebhooks.url,
      event: webhookDeliveries.event,
      attempts: webhookDeliveries.attempts,
      lastStatus: webhookDeliveries.lastStatus,
      lastError: webhookDeliveries.lastError,
      nextAttemptAt: webhookDeliveries.nextAttemptAt,
      deliveredAt: webhookDeliveries.deliveredAt,
      createdAt: webhookDeliveries.createdAt,
    })
    .from(webhookDeliveries)
    .innerJoin(sellerWebhooks, eq(sellerWebhooks.id, webhookDeliveries.webhookId))
    .where(eq(sellerWebhooks.sellerId, sellerId))
    .orderBy(desc(webhookDeliveries.id))
    .limit(limit);
  return rows.map((r) => ({ ...r, status: deliveryStatus(r) }));
}

/**
 * Queue an event for every active subscription of the seller to it. Pass the transaction of the
 * change that caused the event, so the delivery exists if and only if the change commits.
 */
export async function enqueueEvent(
  db: Pick<Db, 'select' | 'insert'>,
  a: { sellerId: number; event: WebhookEvent; payload: Record<string, unknown>; now: Date },
): Promise<{ deliveries: number }> {
  const hooks = await db
    .select({ id: sellerWebhooks.id, events: sellerWebhooks.events })
    .from(sellerWebhooks)
    .where(and(eq(sellerWebhooks.sellerId, a.sellerId), isNull(sellerWebhooks.disabledAt)));
  const matching = hooks.filter((h) => h.events.includes(a.event));
  if (matching.length === 0) return { deliveries: 0 };
  await db.insert(webhookDeliveries).values(
    matching.map((h) => ({
      webhookId: h.id,
      event: a.event,
      payload: a.payload,
      nextAttemptAt: a.now,
      createdAt: a.now,
    })),
  );
  return { deliveries: matching.length };
}

/** Hex HMAC-SHA256 of `<t>.<body>`. */
export function computeSignature(secret: string, t: number, body: string): string {
  return createHmac('sha256', secret).update(`${t}.${body}`).digest('hex');
}

/** The `Reloop-Signature` header value for a body sent at `now`. */
export function signatureHeader(secret: string, body: string, now: Date): string {
  const t = Math.floor(now.getTime() / 1000);
  return `t=${t},v1=${computeSignature(secret, t, body)}`;
}

/**
 * Check a `Reloop-Signature` header (for integrators and tests): one of its `v1` signatures must
 * match and its timestamp be within `toleranceS` seconds of `now` (replays are refused).
 */
export function verifySignature(
  secret: string,
  header: string | null | undefined,
  body: string,
  now: Date = new Date(),
  toleranceS = 300,
): boolean {
  if (!header) return false;
  let t: number | undefined;
  const sigs: string[] = [];
  for (const part of header.split(',')) {
    const i = part.indexOf('=');
    if (i < 0) continue;
    const k = part.slice(0, i).trim();
    const v = part.slice(i + 1).trim();
    if (k === 't' && /^\d{1,12}$/.test(v)) t = Number(v);
    else if (k === 'v1' && /^[0-9a-f]{64}$/i.test(v)) sigs.push(v.toLowerCase());
  }
  if (t === undefined || sigs.length === 0) return false;
  if (Math.abs(now.getTime() / 1000 - t) > toleranceS) return false;
  const expected = Buffer.from(computeSignature(secret, t, body), 'hex');
  return sigs.some((s) => {
    const got = Buffer.from(s, 'hex');
    return got.length === expected.length && timingSafeEqual(got, expected);
  });
}

/** Wait before the attempt after `attempts` failed ones: 1, 2, 4 … minutes, at most 6 hours. */
export function retryDelayMs(attempts: number): number {
  return Math.min(WEBHOOK_RETRY_BASE_MS * 2 ** Math.max(0, attempts - 1), WEBHOOK_RETRY_CAP_MS);
}

export type WebhookDeliveryReport = { delivered: number; failed: number; abandoned: number };
type FetchLike = (url: string, init: RequestInit) => Promise<Response>;

const errorText = (err: unknown) => {
  if (err instanceof Error) {
    if (err.name === 'TimeoutError' || err.name === 'AbortError')
      return `timed out after ${WEBHOOK_TIMEOUT_MS / 1000} s`;
    const cause = (err as { cause?: unknown }).cause;
    const detail = cause instanceof Error ? `: ${cause.message}` : '';
    return `${err.message}${detail}`.slice(0, 500);
  }
  return String(err).slice(0, 500);
};

/**
 * Send due deliveries (at most `batch`). Each is leased first (its next attempt moved a minute
 * ahead, row locks skipped by other workers), sent outside any transaction, then recorded.
 */
export async function deliverWebhooks({
  db,
  clock,
  fetch: fetchFn = fetch,
  logger,
  batch = 50,
  timeoutMs = WEBHOOK_TIMEOUT_MS,
}: {
  db: Db;
  clock: Clock;
  fetch?: FetchLike;
  logger?: Logger;
  batch?: number;
  timeoutMs?: number;
}): Promise<WebhookDeliveryReport> {
  const report: WebhookDeliveryReport = { delivered: 0, failed: 0, abandoned: 0 };
  const now = clock.now();
  const due = await db.transaction(async (tx) => {
    const rows = await tx
      .select({ id: webhookDeliveries.id })
      .from(webhookDeliveries)
      .innerJoin(sellerWebhooks, eq(sellerWebhooks.id, webhookDeliveries.webhookId))
      .where(
        and(
          isNull(webhookDeliveries.deliveredAt),
          lt(webhookDeliveries.attempts, MAX_WEBHOOK_ATTEMPTS),
          lte(webhookDeliveries.nextAttemptAt, now),
          isNull(sellerWebhooks.disabledAt),
        ),
      )
      .orderBy(asc(webhookDeliveries.nextAttemptAt), asc(webhookDeliveries.id))
      .limit(batch)
      .for('update', { of: webhookDeliveries, skipLocked: true });
    if (rows.length === 0) return [];
    const ids = rows.map((r) => r.id);
    await tx
      .update(webhookDeliveries)
      .set({ nextAttemptAt: new Date(now.getTime() + LEASE_MS) })
      .where(inArray(webhookDeliveries.id, ids));
    return tx
      .select({
        id: webhookDeliveries.id,
        event: webhookDeliveries.event,
        payload: webhookDeliveries.payload,
        attempts: webhookDeliveries.attempts,
        createdAt: webhookDeliveries.createdAt,
        url: sellerWebhooks.url,
        secret: sellerWebhooks.secret,
        sellerId: sellerWebhooks.sellerId,
      })
      .from(webhookDeliveries)
      .innerJoin(sellerWebhooks, eq(sellerWebhooks.id, webhookDeliveries.webhookId))
      .where(inArray(webhookDeliveries.id, ids))
      .orderBy(asc(webhookDeliveries.id));
  });

  const sendOne = async (d: (typeof due)[number]) => {
    const body = JSON.stringify({
      id: d.id,
      event: d.event,
      created_at: new Date(d.createdAt).toISOString(),
      seller_id: d.sellerId,
      data: d.payload,
    });
    const sentAt = clock.now();
    let status: number | null = null;
    let error: string | null = null;
    try {
      const res = await fetchFn(d.url, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          'user-agent': 'Reloop-Webhooks/1.0',
          'reloop-signature': signatureHeader(d.secret, body, sentAt),
          'reloop-event': d.event,
          'reloop-delivery': String(d.id),
        },
        body,
        redirect: 'manual',
        signal: AbortSignal.timeout(timeoutMs),
      });
      status = res.status;
      // Read (a little of) the answer so the connection is released; its content is not kept.
      await res.body?.cancel().catch(() => {});
      if (status < 200 || status > 299) error = `HTTP ${status}`;
    } catch (err) {
      error = errorText(err);
    }
    const attempts = d.attempts + 1;
    if (!error) {
      await db
        .update(webhookDeliveries)
        .set({ attempts, deliveredAt: clock.now(), lastStatus: status, lastError: null })
        .where(eq(webhookDeliveries.id, d.id));
      report.delivered++;
      return;
    }
    const abandoned = attempts >= MAX_WEBHOOK_ATTEMPTS;
    await db
      .update(webhookDeliveries)
      .set({
        attempts,
        lastStatus: status,
        lastError: error,
        nextAttemptAt: new Date(clock.now().getTime() + (abandoned ? 0 : retryDelayMs(attempts))),
      })
      .where(eq(webhookDeliveries.id, d.id));
    if (abandoned) {
      report.abandoned++;
      logger?.warn({ deliveryId: d.id, event: d.event, error }, 'webhook delivery abandoned');
    } else report.failed++;
  };
  // A few at a time: a batch of slow endpoints ends well within the lease.
  for (let i = 0; i < due.length; i += PARALLEL) await Promise.all(due.slice(i, i + PARALLEL).map(sendOne));
  return report;
}

/** The recurring job: every 10 s. */
export function deliverSellerWebhooksJob(deps: { db: Db; clock: Clock; logger: Logger; fetch?: FetchLike }): {
  name: string;
  everyMs: number;
  run: () => Promise<WebhookDeliveryReport>;
} {
  return {
    name: 'deliver-seller-webhooks',
    everyMs: 10_000,
    run: () =>
      deliverWebhooks({
        db: deps.db,
        clock: deps.clock,
        logger: deps.logger,
        batch: 50,
        ...(deps.fetch ? { fetch: deps.fetch } : {}),
      }),
  };
}
