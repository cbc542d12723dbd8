/**
 * Outgoing webhooks for seller integrations. A seller subscribes an endpoint to some events; each
 * event becomes one `webhook_deliveries` row per matching active subscription, and a job POSTs it
 * as JSON, signed like Stripe's: `Reloop-Signature: t=<unix seconds>,v1=<hex HMAC-SHA256(secret,
 * "<t>.<body>")>`. A failed delivery is retried after 1, 2, 4, … minutes (at most 6 hours apart)
 * and abandoned after MAX_WEBHOOK_ATTEMPTS attempts. Delivery is at least once: receivers should
 * deduplicate on `Reloop-Delivery`.
 */
import { randomBytes } from 'node:crypto';
import { and, asc, desc, eq, inArray, isNull, lt, lte, type SQL, sql } from 'drizzle-orm';
import type { Clock } from '../../platform/clock.ts';
import type { Db } from '../../platform/db/client.ts';
import { AppError, type FieldIssue } from '../../platform/errors.ts';
import type { Logger } from '../../platform/logger.ts';
import { signatureHeader } from '../../platform/security/signature.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { sellerWebhooks, webhookDeliveries } from './seller-webhooks.schema.ts';
import { type HostResolver, sendWebhook, WebhookSendError } from './webhook-sender.ts';
import {
  NO_PRIVATE_TARGETS,
  parseTargetAllowList,
  type TargetAllowList,
  targetHostRefusal,
} from './webhook-target.rules.ts';

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

/**
 * The endpoint's URL, or the reason it is refused: https only (plain http to this machine in
 * development), and never a literal private, loopback or link-local address or a local name unless
 * allow-listed (`targets`, WEBHOOK_ALLOW_PRIVATE_HOSTS). Names are checked again when resolved.
 */
export function checkWebhookUrl(
  raw: string,
  allowLocalHttp = true,
  targets: TargetAllowList = NO_PRIVATE_TARGETS,
): { url: string } | { error: string } {
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
  const localHttp = u.protocol === 'http:' && allowLocalHttp && LOCAL_HOSTS.has(u.hostname);
  if (u.protocol !== 'https:' && !localHttp)
    return {
      error: allowLocalHttp
        ? 'must start with https:// (http:// only for localhost or 127.0.0.1)'
        : 'must start with https://',
    };
  const refusal = targetHostRefusal(u.hostname, targets);
  return refusal ? { error: refusal } : { url: u.toString() };
}

/**
 * Subscribe an endpoint, tied to the member who adds it (`createdBy`) and audited; the secret is
 * returned once (the portal shows it once).
 */
export async function subscribe(
  db: Db,
  a: {
    sellerId: number;
    url: string;
    events: readonly string[];
    now?: Date;
    createdBy?: number | null;
    ip?: string | null;
    /** Accept http://localhost and http://127.0.0.1 (development; they must be allow-listed too). Default true. */
    allowLocalHttp?: boolean;
    /** Private hosts and ranges allowed (WEBHOOK_ALLOW_PRIVATE_HOSTS); none by default. */
    targets?: TargetAllowList;
  },
): Promise<{ id: number; secret: string }> {
  const issues: FieldIssue[] = [];
  const checked = checkWebhookUrl(a.url, a.allowLocalHttp ?? true, a.targets);
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
  const now = a.now ?? new Date();
  const url = (checked as { url: string }).url;
  const id = await db.transaction(async (tx) => {
    const [row] = await tx
      .insert(sellerWebhooks)
      .values({
        sellerId: a.sellerId,
        url,
        secret,
        events: WEBHOOK_EVENTS.filter((e) => events.includes(e)),
        createdBy: a.createdBy ?? null,
        createdAt: now,
      })
      .returning({ id: sellerWebhooks.id });
    await recordAudit(tx, {
      action: 'seller.webhook_created',
      at: now,
      actorUserId: a.createdBy ?? null,
      ip: a.ip ?? null,
      details: { sellerId: a.sellerId, webhookId: row!.id, url },
    });
    return row!.id;
  });
  return { id, secret };
}

export type WebhookDisableReason = 'deleted' | 'member_removed' | 'account_closed';

/**
 * Disable the active subscriptions matching `where` (their delivery log stays) and record one
 * audit event each (subject: the subscription's creator). Returns the ids disabled.
 */
export async function disableWebhooks(
  db: Pick<Db, 'update' | 'insert'>,
  a: {
    where: SQL | undefined;
    now: Date;
    actorUserId: number | null;
    reason: WebhookDisableReason;
    ip?: string | null;
  },
): Promise<number[]> {
  const rows = await db
    .update(sellerWebhooks)
    .set({ disabledAt: a.now })
    .where(and(a.where, isNull(sellerWebhooks.disabledAt)))
    .returning({
      id: sellerWebhooks.id,
      sellerId: sellerWebhooks.sellerId,
      createdBy: sellerWebhooks.createdBy,
    });
  for (const w of rows.sort((x, y) => x.id - y.id)) {
    await recordAudit(db, {
      action: 'seller.webhook_disabled',
      at: a.now,
      actorUserId: a.actorUserId,
      subjectUserId: w.createdBy,
      ip: a.ip ?? null,
      details: { sellerId: w.sellerId, webhookId: w.id, reason: a.reason },
    });
  }
  return rows.map((r) => r.id);
}

/** Stop a subscription (its delivery log stays), audited. NOT_FOUND unless it is the seller's and active. */
export async function unsubscribe(
  db: Db,
  a: { sellerId: number; webhookId: number; now?: Date; actorUserId?: number | null; ip?: string | null },
): Promise<void> {
  const disabled = await db.transaction((tx) =>
    disableWebhooks(tx, {
      where: and(eq(sellerWebhooks.id, a.webhookId), eq(sellerWebhooks.sellerId, a.sellerId)),
      now: a.now ?? new Date(),
      actorUserId: a.actorUserId ?? null,
      reason: 'deleted',
      ip: a.ip ?? null,
    }),
  );
  if (disabled.length === 0) throw AppError.notFound('Webhook');
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

/** Wait before the attempt after `attempts` failed ones: 1, 2, 4 … minutes, at most 6 hours. */
export function retryDelayMs(attempts: number): number {
  return Math.min(WEBHOOK_RETRY_BASE_MS * 2 ** Math.max(0, attempts - 1), WEBHOOK_RETRY_CAP_MS);
}

export type WebhookDeliveryReport = { delivered: number; failed: number; abandoned: number };

/** What the seller's delivery log shows for a failure: no addresses, no internal error text. */
export function deliveryErrorText(err: unknown, timeoutMs: number): string {
  const reason = err instanceof WebhookSendError ? err.reason : 'connection';
  if (reason === 'refused') return 'delivery failed: connection refused by policy';
  if (reason === 'timeout') return `delivery failed: timed out after ${Math.round(timeoutMs / 100) / 10} s`;
  return 'delivery failed: connection error';
}

/**
 * Send due deliveries (at most `batch`). Each is leased first (its next attempt moved a minute
 * ahead, row locks skipped by other workers), sent outside any transaction, then recorded.
 */
export async function deliverWebhooks({
  db,
  clock,
  logger,
  batch = 50,
  timeoutMs = WEBHOOK_TIMEOUT_MS,
  targets = NO_PRIVATE_TARGETS,
  resolve,
}: {
  db: Db;
  clock: Clock;
  logger?: Logger;
  batch?: number;
  timeoutMs?: number;
  /** Private hosts and ranges endpoints may resolve to (WEBHOOK_ALLOW_PRIVATE_HOSTS); none by default. */
  targets?: TargetAllowList;
  /** Host name resolution (the system's by default; tests inject theirs). */
  resolve?: HostResolver;
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
      status = await sendWebhook(
        d.url,
        {
          headers: {
            'content-type': 'application/json',
            'user-agent': 'Reloop-Webhooks/1.0',
            'reloop-signature': signatureHeader(d.secret, body, sentAt),
            'reloop-event': d.event,
            'reloop-delivery': String(d.id),
          },
          body,
          timeoutMs,
        },
        { targets, ...(resolve ? { resolve } : {}) },
      );
      if (status < 200 || status > 299) error = `HTTP ${status}`;
    } catch (err) {
      error = deliveryErrorText(err, timeoutMs);
      // The details stay in our logs; the seller sees the generic text.
      logger?.info({ deliveryId: d.id, err }, 'webhook delivery failed');
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

/** The recurring job: every 10 s, private targets as allowed by WEBHOOK_ALLOW_PRIVATE_HOSTS. */
export function deliverSellerWebhooksJob(deps: {
  db: Db;
  clock: Clock;
  logger: Logger;
  config?: { WEBHOOK_ALLOW_PRIVATE_HOSTS?: string };
}): {
  name: string;
  everyMs: number;
  run: () => Promise<WebhookDeliveryReport>;
} {
  const targets = parseTargetAllowList(deps.config?.WEBHOOK_ALLOW_PRIVATE_HOSTS ?? '');
  return {
    name: 'deliver-seller-webhooks',
    everyMs: 10_000,
    run: () => deliverWebhooks({ db: deps.db, clock: deps.clock, logger: deps.logger, batch: 50, targets }),
  };
}

export { computeSignature, signatureHeader, verifySignature } from '../../platform/security/signature.ts';
