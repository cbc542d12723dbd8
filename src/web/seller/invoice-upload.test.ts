import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createActor, csrfPair } from '../../../test/actors.ts';
import { ENGINES } from '../../../test/db.ts';
import { createTestApp } from '../../../test/fixtures.ts';
import { offerPicks, placeOrder } from '../../../test/orders.ts';
import { invoiceKey } from '../../modules/seller-orders/seller-order-actions.ts';

type T = Awaited<ReturnType<typeof createTestApp>>;

describe.each(ENGINES)('seller invoice upload on %s', (engine) => {
  let t: T;
  beforeAll(async () => {
    t = await createTestApp(engine, { products: 10, sellers: 4, offers: 60 });
  });
  afterAll(() => t.close());

  it("a seller uploads its invoice for its own order, never for another seller's, and only a PDF", async () => {
    const [pick] = await offerPicks(t);
    const placed = await placeOrder(t, { lines: [{ offerId: pick!.id }] });
    const orderId = placed.orders[0].id as number;
    const owner = await createActor(t.deps, {
      email: 'inv-owner@example.com',
      sellers: [{ sellerId: pick!.sellerId, role: 'owner' }],
    });
    const stranger = await createActor(t.deps, {
      email: 'inv-other@example.com',
      sellers: [{ sellerId: pick!.sellerId + 1, role: 'owner' }],
    });
    const csrf = csrfPair(t.deps);
    const upload = async (who: typeof owner, sellerId: number, bytes: string) => {
      const form = new FormData();
      form.set('invoice', new File([bytes], 'invoice.pdf', { type: 'application/pdf' }));
      const res = await t.app.request(`/seller/${sellerId}/orders/${orderId}/invoice`, {
        method: 'POST',
        headers: {
          cookie: `${await who.cookie()}; ${csrf.cookie}`,
          'x-csrf-token': csrf.header,
          'x-forwarded-for': '198.51.100.5',
        },
        body: form,
      });
      return res.status;
    };
    expect(await upload(owner, pick!.sellerId, 'hello, not a pdf')).toBe(400);
    expect(await upload(stranger, pick!.sellerId, '%PDF-1.4 x')).toBe(403);
    expect(await upload(stranger, pick!.sellerId + 1, '%PDF-1.4 x')).toBe(404);
    expect(await t.deps.storage.get(invoiceKey(orderId))).toBeNull();
    expect(await upload(owner, pick!.sellerId, '%PDF-1.4 the invoice')).toBe(303);
    const stored = await t.deps.storage.get(invoiceKey(orderId));
    expect(new TextDecoder().decode(stored!.bytes)).toBe('%PDF-1.4 the invoice');
  });
});
