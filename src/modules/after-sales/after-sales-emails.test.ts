/**
 * After-sales emails (issue 14): every template in every language (as
 * `src/app/emails-in-every-language.test.ts` does for the others: no English catalog text, no
 * message key, no placeholder left), and each step of a folder, a return, a warranty claim and a
 * paid order writing its emails to the outbox, for the right side, in their language.
 */
import { parse, TYPE } from '@formatjs/icu-messageformat-parser';
import { and, eq, inArray } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createActor } from '../../../test/actors.ts';
import { ENGINES } from '../../../test/db.ts';
import { createTestApp } from '../../../test/fixtures.ts';
import { offerPicks, placeOrder, shipOrder } from '../../../test/orders.ts';
import { translator } from '../../platform/i18n.ts';
import { mailOutbox } from '../../platform/mail/mail.schema.ts';
import type { MailMessage } from '../../platform/mail/mailer.ts';
import { en } from '../../platform/messages/catalogs.ts';
import { createMemoryStorage } from '../../platform/storage.ts';
import { users } from '../accounts/accounts.schema.ts';
import { recordParcelEvent } from '../delivery/record-parcel-event.ts';
import { registerShipment } from '../delivery/register-shipment.ts';
import { orderLines, orders } from '../orders/orders.schema.ts';
import { afterSalesEmails } from './after-sales-emails.ts';
import type { CareActor } from './care-actor.ts';
import { closeCareFolder } from './close-care-folder.ts';
import { escalateCareFolder } from './escalate-care-folder.ts';
import { issueReturnLabel } from './handle-return.ts';
import { openCareFolder } from './open-care-folder.ts';
import { CLOSING_REASONS, PROBLEMS } from './outcomes.rules.ts';
import { postCareMessage } from './post-care-message.ts';
import { requestReturn } from './request-return.ts';
import { decideWarrantyClaim, openWarrantyClaim } from './warranty-claims.ts';

const to = 'person@example.com';
const item = { orderId: 41, product: 'iPhone 13', link: 'https://reloop.test/x' };

const TEMPLATES: Record<string, (locale: string) => MailMessage> = {
  'after-sales.reply-to-buyer (seller)': (l) =>
    afterSalesEmails.replyToBuyer(
      { email: to, locale: l },
      { ...item, folderId: 7, from: 'seller', message: '…' },
    ),
  'after-sales.reply-to-buyer (operator)': (l) =>
    afterSalesEmails.replyToBuyer(
      { email: to, locale: l },
      { ...item, folderId: 7, from: 'operator', message: '…' },
    ),
  'after-sales.reply-to-seller': (l) =>
    afterSalesEmails.replyToSeller({ email: to, locale: l }, { ...item, folderId: 7, message: '…' }),
  'after-sales.return-requested (withdrawal)': (l) =>
    afterSalesEmails.returnRequested(
      { email: to, locale: l },
      { ...item, quantity: 1, kind: 'withdrawal', amountMinor: 104_99, currency: 'EUR' },
    ),
  'after-sales.return-requested (commercial)': (l) =>
    afterSalesEmails.returnRequested(
      { email: to, locale: l },
      { ...item, quantity: 2, kind: 'commercial', amountMinor: 200_00, currency: 'EUR' },
    ),
  'after-sales.return-label': (l) =>
    afterSalesEmails.returnLabelIssued(
      { email: to, locale: l },
      { ...item, carrier: 'Colissimo', trackingNumber: 'SBXR00000007', amountMinor: 104_99, currency: 'EUR' },
    ),
  'after-sales.new-paid-order': (l) =>
    afterSalesEmails.newPaidOrder(
      { email: to, locale: l },
      {
        orderId: 41,
        totalMinor: 104_99,
        currency: 'EUR',
        lines: [{ quantity: 1, productName: 'iPhone 13' }],
        link: item.link,
      },
    ),
};
for (const problem of PROBLEMS)
  TEMPLATES[`after-sales.folder-opened (${problem})`] = (l) =>
    afterSalesEmails.folderOpened(
      { email: to, locale: l },
      { ...item, folderId: 7, problem, message: '…', responseDays: 2 },
    );
for (const by of ['buyer', 'seller', 'operator'] as const)
  TEMPLATES[`after-sales.folder-escalated (${by})`] = (l) =>
    afterSalesEmails.escalated({ email: to, locale: l }, { ...item, folderId: 7, by });
for (const reason of CLOSING_REASONS)
  TEMPLATES[`after-sales.folder-closed (${reason})`] = (l) =>
    afterSalesEmails.folderClosed({ email: to, locale: l }, { ...item, folderId: 7, reason });
for (const basis of ['commercial_warranty', 'legal_guarantee'] as const)
  TEMPLATES[`after-sales.warranty-opened (${basis})`] = (l) =>
    afterSalesEmails.warrantyOpened(
      { email: to, locale: l },
      { ...item, claimId: 3, basis, description: '…' },
    );
for (const outcome of ['repair', 'replacement', 'refund'] as const)
  TEMPLATES[`after-sales.warranty-decided (${outcome})`] = (l) =>
    afterSalesEmails.warrantyDecided({ email: to, locale: l }, { ...item, claimId: 3, outcome });

/** The English wording of the after-sales messages: each literal run, select branches included. */
function englishFragments(): string[] {
  const out = new Set<string>();
  const walk = (elements: ReturnType<typeof parse>) => {
    for (const e of elements) {
      if (e.type === TYPE.literal) {
        for (const part of e.value.split('\n')) {
          const s = part.trim();
          if (s.length >= 12) out.add(s);
        }
      } else if (e.type === TYPE.select || e.type === TYPE.plural) {
        for (const option of Object.values(e.options)) walk(option.value);
      }
    }
  };
  for (const [key, value] of Object.entries(en))
    if (/^mail\.(care|return|warranty|sellerOrder)\./.test(key) || key === 'mail.signature')
      walk(parse(value));
  return [...out];
}
const ENGLISH = englishFragments();
const TRANSLATED_LOCALES = ['fr-FR', 'de-DE', 'sv-SE', 'nl-NL', 'es-ES', 'it-IT', 'fr-BE'];

describe('after-sales emails in every language', () => {
  it('finds the English wording to compare against', () => {
    expect(ENGLISH.length).toBeGreaterThan(40);
  });

  const cases = Object.keys(TEMPLATES).flatMap((name) =>
    TRANSLATED_LOCALES.map((locale) => [name, locale] as const),
  );
  it.each(cases)('%s in %s: no English text, no message key, no placeholder', (name, locale) => {
    const mail = TEMPLATES[name]!(locale);
    const text = `${mail.subject}\n${mail.text}`;
    expect(ENGLISH.filter((fragment) => text.includes(fragment))).toEqual([]);
    expect(text).not.toMatch(/\bmail\.[a-zA-Z]+\.?[a-zA-Z]*/);
    expect(text).not.toMatch(/\{[a-zA-Z]+\}/);
    expect(text).not.toMatch(/\b[a-z]+_[a-z_]+\b/);
    expect(text).toContain(translator(locale)('mail.signature'));
  });

  it('English readers read English; the template ids never change with the language', () => {
    for (const [name, build] of Object.entries(TEMPLATES)) {
      const english = build('en-GB');
      expect(english.text).toContain(en['mail.signature']);
      expect(english.text).not.toMatch(/\{[a-zA-Z]+\}/);
      for (const locale of TRANSLATED_LOCALES) expect(build(locale).template, name).toBe(english.template);
    }
  });

  it('says what matters: the tracking number, the amount, the problem and the outcome', () => {
    const label = TEMPLATES['after-sales.return-label']!('de-DE').text;
    expect(label).toContain('SBXR00000007');
    expect(label).toMatch(/104,99\s€/);
    const opened = TEMPLATES['after-sales.folder-opened (wrong_item)']!('fr-FR').text;
    expect(opened).toContain('Mauvais article reçu');
    expect(opened).toContain('2 jours ouvrés');
    expect(TEMPLATES['after-sales.warranty-decided (replacement)']!('sv-SE').text).toContain(
      'ersättningsenhet',
    );
  });
});

describe.each(ENGINES)('after-sales steps write their emails on %s', (engine) => {
  let t: Awaited<ReturnType<typeof createTestApp>>;
  const storage = createMemoryStorage();
  let buyer: CareActor;
  let seller: CareActor;
  let sellerId: number;
  const operator: CareActor = { userId: null, sellers: new Map(), operator: true };
  const lines: { lineId: number; orderId: number }[] = [];
  const buyerEmail = 'as-mail-buyer@example.com';
  const deps = () => ({
    db: t.deps.db,
    storage,
    now: t.clock.now(),
    mailer: t.deps.mailer,
    siteUrl: t.deps.siteUrl,
  });
  const sent = async (template: string) =>
    t.deps.db.select().from(mailOutbox).where(eq(mailOutbox.template, template)).orderBy(mailOutbox.id);

  beforeAll(async () => {
    t = await createTestApp(engine, { products: 8, sellers: 3, offers: 40 });
    const b = await createActor(t.deps, { email: buyerEmail });
    // The buyer reads German; the seller's owner Swedish.
    await t.deps.db.update(users).set({ language: 'de' }).where(eq(users.id, b.userId));
    const picks = (await offerPicks(t)).filter((p) => p.quantity > 1);
    sellerId = picks[0]!.sellerId;
    const s = await createActor(t.deps, {
      email: 'as-mail-seller@example.com',
      sellers: [{ sellerId, role: 'owner' }],
    });
    await t.deps.db.update(users).set({ language: 'sv' }).where(eq(users.id, s.userId));
    buyer = { userId: b.userId, sellers: new Map(), operator: false };
    seller = { userId: s.userId, sellers: new Map([[sellerId, 'owner']]), operator: false };
    for (const p of picks.filter((x) => x.sellerId === sellerId).slice(0, 3)) {
      const placed = await placeOrder(t, { lines: [{ offerId: p.id }], email: buyerEmail });
      const orderId = placed.orders[0].id as number;
      await t.deps.db.update(orders).set({ buyerUserId: b.userId }).where(eq(orders.id, orderId));
      await shipOrder(t, orderId);
      const [l] = await t.deps.db
        .select({ id: orderLines.id })
        .from(orderLines)
        .where(eq(orderLines.orderId, orderId));
      lines.push({ lineId: l!.id, orderId });
    }
  }, 120_000);
  afterAll(() => t?.close());

  it('a paid order reaches the seller team, each member in their language', async () => {
    const mails = await sent('after-sales.new-paid-order');
    const orderIds = lines.map((l) => l.orderId);
    const mine = mails.filter((m) => orderIds.some((id) => m.subject.includes(String(id))));
    expect(mine.length).toBeGreaterThanOrEqual(orderIds.length);
    const owner = mine.filter((m) => m.toAddress === 'as-mail-seller@example.com');
    expect(owner.length).toBe(orderIds.length);
    expect(owner[0]!.subject).toContain(
      translator('sv')('mail.sellerOrder.paid.subject', { orderId: '' }).trim(),
    );
    expect(owner[0]!.textBody).toContain(`/seller/${sellerId}/orders/`);
  });

  it('a folder: opened → seller; answers → the other side; escalated → both; closed → buyer', async () => {
    const lineId = lines[0]!.lineId;
    const { folderId } = await openCareFolder(deps(), {
      actor: buyer,
      orderLineId: lineId,
      problem: 'wrong_item',
      message: 'I received a Galaxy instead of an iPhone.',
    });
    const opened = await sent('after-sales.folder-opened');
    const toOwner = opened.find((m) => m.toAddress === 'as-mail-seller@example.com');
    expect(toOwner?.textBody).toContain('Fel vara levererad');
    expect(toOwner?.textBody).toContain('I received a Galaxy instead of an iPhone.');
    expect(toOwner?.textBody).toContain(`/seller/${sellerId}/care/${folderId}`);
    expect(opened.some((m) => m.toAddress === buyerEmail)).toBe(false);

    await postCareMessage(deps(), { actor: seller, folderId, body: 'Sorry, we send the right one.' });
    const toBuyer = await sent('after-sales.reply-to-buyer');
    expect(toBuyer.map((m) => m.toAddress)).toEqual([buyerEmail]);
    expect(toBuyer[0]!.textBody).toContain('Der Verkäufer hat Ihnen');
    expect(toBuyer[0]!.textBody).toContain('Sorry, we send the right one.');
    // The buyer's link opens their folder on their market's storefront (France has no German one).
    expect(toBuyer[0]!.textBody).toContain(`/fr-fr/account/help/${folderId}`);

    await postCareMessage(deps(), { actor: buyer, folderId, body: 'Thanks, when?' });
    expect((await sent('after-sales.reply-to-seller')).map((m) => m.toAddress)).toContain(
      'as-mail-seller@example.com',
    );

    // An internal note tells nobody.
    const before = (await sent('after-sales.reply-to-buyer')).length;
    await postCareMessage(deps(), { actor: operator, folderId, body: 'note', internal: true });
    expect((await sent('after-sales.reply-to-buyer')).length).toBe(before);

    await escalateCareFolder(deps(), { actor: buyer, folderId });
    const escalated = (await sent('after-sales.folder-escalated')).map((m) => m.toAddress);
    expect(escalated).toContain(buyerEmail);
    expect(escalated).toContain('as-mail-seller@example.com');

    await postCareMessage(deps(), { actor: operator, folderId, body: 'We are on it.' });
    expect((await sent('after-sales.reply-to-buyer')).length).toBe(before + 1);

    await closeCareFolder(deps(), { actor: seller, folderId, reason: 'wrong_product' });
    const closed = await sent('after-sales.folder-closed');
    expect(closed.map((m) => m.toAddress)).toEqual([buyerEmail]);
    expect(closed[0]!.textBody).toContain('falsches Produkt');
  });

  it('a return: requested → seller; label → buyer with the tracking number', async () => {
    const { lineId, orderId } = lines[1]!;
    const now = t.clock.now();
    const shipmentId = await registerShipment(
      { db: t.deps.db, now },
      { orderId, market: 'FR', shipper: 'Colissimo', trackingNumber: `M${orderId}`, shippedAt: now },
    );
    await recordParcelEvent(
      { db: t.deps.db, now },
      { shipmentId, status: 'delivered', occurredAt: now, source: 'carrier' },
    );
    const r = await requestReturn(deps(), { actor: buyer, orderLineId: lineId });
    const requested = await sent('after-sales.return-requested');
    expect(requested.map((m) => m.toAddress)).toContain('as-mail-seller@example.com');
    expect(requested.some((m) => m.toAddress === buyerEmail)).toBe(false);
    const label = await issueReturnLabel(deps(), { actor: seller, returnId: r.id });
    const labels = await sent('after-sales.return-label');
    expect(labels.map((m) => m.toAddress)).toEqual([buyerEmail]);
    expect(labels[0]!.textBody).toContain(label.trackingNumber);
    expect(labels[0]!.textBody).not.toContain('sandbox');
  });

  it('a warranty claim: opened → seller; decided → buyer', async () => {
    const { lineId, orderId } = lines[2]!;
    const now = t.clock.now();
    const shipmentId = await registerShipment(
      { db: t.deps.db, now },
      { orderId, market: 'FR', shipper: 'Colissimo', trackingNumber: `W${orderId}`, shippedAt: now },
    );
    await recordParcelEvent(
      { db: t.deps.db, now },
      { shipmentId, status: 'delivered', occurredAt: now, source: 'carrier' },
    );
    const claim = await openWarrantyClaim(deps(), {
      actor: buyer,
      orderLineId: lineId,
      description: 'The battery dies in an hour.',
    });
    const opened = await sent('after-sales.warranty-opened');
    expect(opened.map((m) => m.toAddress)).toContain('as-mail-seller@example.com');
    await decideWarrantyClaim(t.deps, { actor: seller, claimId: claim.id, outcome: 'repair' });
    const decided = await t.deps.db
      .select()
      .from(mailOutbox)
      .where(
        and(
          inArray(mailOutbox.template, ['after-sales.warranty-decided']),
          eq(mailOutbox.toAddress, buyerEmail),
        ),
      );
    expect(decided.length).toBe(1);
    expect(decided[0]!.textBody).toContain('repariert');
  });
});
