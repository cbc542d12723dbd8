/**
 * Test helper for "Download my data" (imported by *.test.ts only): a person with data in every
 * module that holds personal data, made through the use cases where they exist (a signed-in
 * insured purchase, delivery, review, care folder, claims, return, refund, ticket, statement) and
 * loaded into the tables otherwise. Every free text carries `marker`, so a test can tell whose
 * data an export holds; the secrets made along the way are returned, so a test can look for them.
 */
import { and, asc, eq, gt, inArray, sql } from 'drizzle-orm';
import { sessions, users } from '../src/modules/accounts/accounts.schema.ts';
import { fileInsuranceClaim } from '../src/modules/after-sales/file-insurance-claim.ts';
import { openCareFolder } from '../src/modules/after-sales/open-care-folder.ts';
import { PROBLEMS } from '../src/modules/after-sales/outcomes.rules.ts';
import { requestReturn } from '../src/modules/after-sales/request-return.ts';
import { openWarrantyClaim } from '../src/modules/after-sales/warranty-claims.ts';
import { recordAudit } from '../src/modules/audit/record-audit.ts';
import { issueStatementOfReasons } from '../src/modules/compliance/issue-statement-of-reasons.ts';
import { submitContactForm } from '../src/modules/customer-service/submit-contact-form.ts';
import { recordParcelEvent } from '../src/modules/delivery/record-parcel-event.ts';
import { registerShipment } from '../src/modules/delivery/register-shipment.ts';
import { offerPrices, offers } from '../src/modules/offers/offers.schema.ts';
import { orderLines } from '../src/modules/orders/orders.schema.ts';
import { refundOrderLine } from '../src/modules/refunds/refund-order-line.ts';
import {
  reviewAppeals,
  reviewerBlocks,
  reviewNotices,
  reviewPhotos,
} from '../src/modules/reviews/reviews.schema.ts';
import { submitReview } from '../src/modules/reviews/submit-review.ts';
import { createApiKey } from '../src/modules/seller-api/api-keys.ts';
import { sellerApplications } from '../src/modules/seller-onboarding/onboarding.schema.ts';
import { subscribe } from '../src/modules/seller-webhooks/seller-webhooks.ts';
import { sellers } from '../src/modules/sellers/sellers.schema.ts';
import { createActor, csrfPair } from './actors.ts';
import type { TestApp } from './orders.ts';
import { shipOrder } from './orders.ts';

export type SeededPerson = {
  userId: number;
  email: string;
  marker: string;
  cookie: () => Promise<string>;
  password: string;
  orderIds: number[];
  lineIds: number[];
  /** Values that must never appear in an export. */
  secrets: string[];
};

/** Published offers of one seller with stock and a French price, other than `notSellerId`. */
async function offersOfOneSeller(
  t: TestApp,
  notSellerIds: number[],
): Promise<{ sellerId: number; ids: number[] }> {
  const rows = await t.deps.db
    .select({ id: offers.id, sellerId: offers.sellerId })
    .from(offers)
    .innerJoin(offerPrices, and(eq(offerPrices.offerId, offers.id), eq(offerPrices.market, 'FR')))
    .innerJoin(sellers, eq(sellers.id, offers.sellerId))
    .where(
      and(
        gt(offers.quantity, 3),
        eq(offers.published, true),
        inArray(sellers.country, ['FR', 'DE', 'NL', 'BE', 'ES', 'IT']),
      ),
    )
    .orderBy(asc(offers.id));
  const ofSeller = (id: number) => rows.filter((r) => r.sellerId === id).map((r) => r.id);
  const sellerId = rows.find(
    (r) => !notSellerIds.includes(r.sellerId) && ofSeller(r.sellerId).length >= 3,
  )!.sellerId;
  return { sellerId, ids: ofSeller(sellerId) };
}

export async function seedPersonWithData(
  t: TestApp,
  o: { email: string; marker: string; ownsSellerId: number; ip: string },
): Promise<SeededPerson> {
  const { deps } = t;
  const now = () => t.clock.now();
  const m = o.marker;
  const person = await createActor(deps, {
    email: o.email,
    sellers: [{ sellerId: o.ownsSellerId, role: 'owner' }],
    secondFactor: true,
  });
  const totpSecret = person.totpSecret!;
  const cookie = await person.cookie();
  const actor = { userId: person.userId, sellers: new Map(), operator: false };

  // A signed-in, insured purchase of three devices from one seller (not the person's own).
  const csrf = csrfPair(deps);
  const post = async (path: string, body: unknown, extra: Record<string, string> = {}) => {
    const res = await t.app.request(path, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'x-forwarded-for': o.ip,
        cookie: `${cookie}; ${csrf.cookie}`,
        'x-csrf-token': csrf.header,
        ...extra,
      },
      body: JSON.stringify(body),
    });
    // biome-ignore lint/suspicious/noExplicitAny: test convenience
    const json = (await res.json()) as any;
    if (res.status >= 300) throw new Error(`${path}: ${res.status} ${JSON.stringify(json)}`);
    return json;
  };
  // Three one-line checkouts (a seller does not ship every mix of items together).
  const { sellerId, ids } = await offersOfOneSeller(t, [o.ownsSellerId]);
  const address = {
    name: `${m} Lovelace`,
    line1: `12 rue ${m}`,
    postalCode: '75004',
    city: 'Paris',
    country: 'FR',
  };
  const orderIds: number[] = [];
  const lineIds: number[] = [];
  for (const offerId of ids) {
    if (orderIds.length === 3) break;
    const cart = (await post('/api/v1/carts', { market: 'fr-fr' })).id as string;
    await post(`/api/v1/carts/${cart}/lines`, { offerId, insurance: true });
    const placed = await post(
      `/api/v1/carts/${cart}/checkout`,
      {
        email: o.email,
        shippingAddress: address,
        paymentMethod: 'card',
        card: {
          number: '4242424242424242',
          expMonth: 12,
          expYear: 2030,
          cvc: '123',
          holder: `${m} Lovelace`,
        },
      },
      { 'idempotency-key': `personal-data-${m}-${offerId}` },
    ).catch(() => null);
    if (!placed) continue;
    const orderId = placed.orders[0].id as number;
    await shipOrder(t, orderId);
    const shipmentId = await registerShipment(
      { db: deps.db, now: now() },
      { orderId, market: 'FR', shipper: 'Colissimo', trackingNumber: `T${m}${orderId}`, shippedAt: now() },
    );
    await recordParcelEvent(
      { db: deps.db, now: now() },
      { shipmentId, status: 'delivered', occurredAt: now(), source: 'carrier' },
    );
    const [line] = await deps.db
      .select({ id: orderLines.id })
      .from(orderLines)
      .where(eq(orderLines.orderId, orderId));
    orderIds.push(orderId);
    lineIds.push(line!.id);
  }
  const [line1, line2, line3] = lineIds as [number, number, number];

  const reviewed = await submitReview(deps, {
    userId: person.userId,
    orderLineId: line1,
    rating: 5,
    comment: `${m}: works like new, the battery holds all day.`,
    licenceAccepted: true,
    authorshipCertified: true,
    language: 'en',
  });
  if (!reviewed.ok) throw new Error(`review: ${JSON.stringify(reviewed)}`);
  const mail = { db: deps.db, storage: deps.storage, now: now(), mailer: deps.mailer };
  await openCareFolder(mail, {
    actor,
    orderLineId: line1,
    problem: PROBLEMS[0],
    message: `${m}: the screen flickers.`,
    files: [
      { name: `${m}.png`, bytes: Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1]) },
    ],
  });
  await fileInsuranceClaim(
    { ...mail, insurance: deps.insurance },
    {
      actor,
      orderLineId: line1,
      cover: 'breakage',
      incidentOn: now().toISOString().slice(0, 10),
      description: `${m}: dropped on the stairs.`,
    },
  );
  await requestReturn(mail, {
    actor: { ...actor, name: `${m} Lovelace`, consumer: true },
    orderLineId: line2,
  });
  await openWarrantyClaim(mail, { actor, orderLineId: line3, description: `${m}: the battery swells.` });
  await refundOrderLine(deps, {
    orderLineId: line3,
    amountMinor: 100,
    reason: `${m} goodwill`,
    actor: { sellerId },
  });
  await submitContactForm(
    { db: deps.db, mailer: deps.mailer, now: now() },
    {
      market: 'FR',
      locale: 'fr',
      userId: person.userId,
      values: { topic: 'question', email: o.email, message: `${m}: a question.` },
    },
  );
  const statement = await issueStatementOfReasons(deps, {
    subjectUserId: person.userId,
    measure: 'content_removal',
    reasonCode: 'test',
    facts: `${m}: facts of the decision.`,
    source: 'own_initiative',
    ground: { type: 'incompatible_terms', contractualGround: 'Terms of use, art. 5' },
    explanation: `${m}: explanation.`,
    audience: 'user',
    decidedBy: null,
  });
  await recordAudit(deps.db, {
    action: 'account.language_changed',
    at: now(),
    actorUserId: person.userId,
    subjectUserId: person.userId,
    ip: o.ip,
    details: { marker: m },
  });
  await deps.db.insert(reviewPhotos).values({
    reviewId: reviewed.reviewId,
    storageKey: `review-photos/${m}-photo-key.webp`,
    contentType: 'image/webp',
    bytes: 1234,
    width: 800,
    height: 600,
    status: 'pending',
    moderationDueOn: '2026-12-01',
    uploadedAt: now(),
  });
  await deps.db.insert(reviewNotices).values({
    reviewId: reviewed.reviewId,
    target: 'review',
    criterion: 'other',
    explanation: `${m}: notice explanation.`,
    notifierName: `${m} Lovelace`,
    notifierEmail: o.email,
    notifierUserId: person.userId,
    status: 'open',
    receivedAt: now(),
  });
  await deps.db.insert(reviewAppeals).values({
    statementId: statement.id,
    reviewId: reviewed.reviewId,
    appellantUserId: person.userId,
    appellantEmail: o.email,
    orderNumber: String(orderIds[0]),
    reviewDate: now().toISOString().slice(0, 10),
    explanation: `${m}: appeal.`,
    status: 'open',
    receivedAt: now(),
  });
  await deps.db
    .insert(reviewerBlocks)
    .values({ userId: person.userId, until: null, statementId: statement.id, blockedAt: now() });
  await deps.db.insert(sellerApplications).values({
    applicantUserId: person.userId,
    status: 'submitted',
    shopName: `${m} Shop`,
    legalName: `${m} SAS`,
    addressLine: '1 rue du Test',
    postalCode: '75001',
    city: 'Paris',
    country: 'FR',
    phone: '+33100000000',
    email: o.email,
    tradeRegister: 'RCS Paris',
    tradeRegisterNumber: '123 456 789',
    iban: 'FR7630006000011234567890189',
    accountHolder: `${m} SAS`,
    idDocumentKey: `seller-docs/${m}-secret-key.pdf`,
    idDocumentName: `${m}-id.pdf`,
    selfCertifiedAt: now(),
    createdAt: now(),
    updatedAt: now(),
  });
  const apiKey = await createApiKey(deps.db, {
    sellerId: o.ownsSellerId,
    name: `${m} key`,
    createdBy: person.userId,
    now: now(),
  });
  const webhook = await subscribe(deps.db, {
    sellerId: o.ownsSellerId,
    url: 'https://hooks.example.com/reloop',
    events: ['order.created'],
    now: now(),
    createdBy: person.userId,
  });
  await loadIssue16Data(t, { userId: person.userId, email: o.email, marker: m, statementId: statement.id });

  const [u] = await deps.db
    .select({ hash: users.passwordHash })
    .from(users)
    .where(eq(users.id, person.userId));
  const sessionIds = (
    await deps.db.select({ id: sessions.id }).from(sessions).where(eq(sessions.userId, person.userId))
  ).map((s) => s.id);
  return {
    userId: person.userId,
    email: o.email,
    marker: m,
    password: person.password,
    cookie: person.cookie,
    orderIds,
    lineIds,
    secrets: [
      u!.hash,
      ...sessionIds,
      totpSecret,
      apiKey.token,
      webhook.secret,
      `seller-docs/${m}-secret-key.pdf`,
      `review-photos/${m}-photo-key.webp`,
    ],
  };
}

/**
 * The compliance centre's own tables (consent, marketing, privacy requests, DSA notices), loaded
 * raw: their use cases are built alongside this one.
 */
async function loadIssue16Data(
  t: TestApp,
  p: { userId: number; email: string; marker: string; statementId: string },
) {
  const at = t.clock.now().toISOString();
  const m = p.marker;
  const run = (q: ReturnType<typeof sql>) => t.deps.db.execute(q);
  await run(sql`INSERT INTO consent_records (given_at, policy_version, purposes, market, user_id, method)
    VALUES (${at}, '2026-11', ARRAY['audience'], 'FR', ${p.userId}, 'banner')`);
  await run(
    sql`INSERT INTO recipient_activity (month, market, user_id) VALUES ('2026-11-01', 'FR', ${p.userId})`,
  );
  await run(sql`INSERT INTO marketing_preferences (user_id, email, categories, basis, basis_at, basis_source, updated_at)
    VALUES (${p.userId}, true, '["deals"]'::jsonb, 'explicit', ${at}, 'account', ${at})`);
  await run(
    sql`INSERT INTO newsletter_sends (user_id, issue, sent_at) VALUES (${p.userId}, 'M2026-11', ${at})`,
  );
  await run(
    sql`INSERT INTO policy_notices (user_id, kind, market, version, sent_at) VALUES (${p.userId}, 'privacy', 'FR', '2026-12', ${at})`,
  );
  const [product] = await t.deps.database.rows<{ id: string }>(
    sql`SELECT id FROM products ORDER BY id LIMIT 1`,
  );
  await run(sql`INSERT INTO alerts (user_id, product_id, market, grade, kind, currency, created_at, updated_at)
    VALUES (${p.userId}, ${product!.id}, 'FR', 'good', 'back_in_stock', 'EUR', ${at}, ${at})`);
  await run(sql`INSERT INTO privacy_requests (market, locale, regime, kind, source, user_id, name, email, details, status,
      received_at, received_on, initial_due_on, due_on)
    VALUES ('FR', 'fr', 'gdpr', 'access', 'account', ${p.userId}, ${`${m} Lovelace`}, ${p.email}, ${`${m}: request`}, 'open',
      ${at}, '2026-11-21', '2026-12-21', '2026-12-21')`);
  await run(sql`INSERT INTO postmortem_directives (user_id, instruction, trusted_name, trusted_email, updated_at)
    VALUES (${p.userId}, 'hand_over', ${`${m} Trusted`}, ${`trusted-${m}@example.com`}, ${at})`);
  await run(
    sql`INSERT INTO processing_restrictions (user_id, reason, since) VALUES (${p.userId}, ${`${m}: accuracy contested`}, ${at})`,
  );
  await run(
    sql`INSERT INTO processing_objections (user_id, purpose, since) VALUES (${p.userId}, 'recommendations', ${at})`,
  );
  await run(sql`INSERT INTO dsa_notices (market, locale, content_kind, url, category, explanation, notifier_name,
      notifier_email, notifier_user_id, good_faith, status, received_at)
    VALUES ('FR', 'fr', 'other', 'https://reloop.test/fr-fr/x', 'other', ${`${m}: illegal content`}, ${`${m} Lovelace`},
      ${p.email}, ${p.userId}, true, 'open', ${at})`);
  await run(sql`INSERT INTO dsa_complaints (statement_id, complainant_user_id, complainant_email, complainant_locale, market,
      explanation, informed_at, status, received_at)
    VALUES (${p.statementId}, ${p.userId}, ${p.email}, 'fr', 'FR', ${`${m}: complaint`}, ${at}, 'open', ${at})`);
}
