/**
 * Buyers placing orders through a load balancer while processes die (deploy/stack.test.ts,
 * bench/kill-test.ts): each client loops guest cart → one line → checkout with the sandbox card
 * and its own Idempotency-Key, and retries what the balancer could not answer (502, 503, 504, no
 * answer) — the checkout with the same key, so a retry can only return the orders already placed.
 */

export type Step = 'cart' | 'line' | 'checkout';
/** One HTTP request: when it started (ms since t0), its status (0 = no answer), whether it is retried. */
export type Attempt = { at: number; step: Step; status: number; transient: boolean; ms: number };
export type Purchase = {
  cartId: string;
  key: string;
  /** The final answer's payment status ('gave-up': no answer within the retry budget). */
  outcome: string;
  status: number;
  checkoutId: string | null;
  /** Checkout requests sent with this key. */
  tries: number;
};

const CHECKOUT_BODY = JSON.stringify({
  email: 'stack@example.com',
  shippingAddress: {
    name: 'Stack Test',
    line1: '1 rue de Rivoli',
    postalCode: '75004',
    city: 'Paris',
    country: 'FR',
  },
  paymentMethod: 'card',
  card: { number: '4242424242424242', expMonth: 12, expYear: 2031, cvc: '123', holder: 'Stack Test' },
});
const RETRY_BUDGET_MS = 30_000;

export const isTransient = (status: number) =>
  status === 0 || status === 502 || status === 503 || status === 504;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const paymentOf = (json: Record<string, unknown> | null) =>
  (json?.payment as { status?: string } | undefined)?.status;

export type ClientsOptions = {
  baseUrl: string;
  offerIds: number[];
  clients: number;
  /** performance.now() of the run's start: attempts are timed from it. */
  t0: number;
  stopped: () => boolean;
  /** Prefix of the Idempotency-Keys (unique per run). */
  keyPrefix: string;
};

/** Run the clients until `stopped()`; each finishes the purchase it started. */
export async function runCheckoutClients(o: ClientsOptions) {
  const attempts: Attempt[] = [];
  const purchases: Purchase[] = [];

  async function send(step: Step, path: string, body?: string, headers: Record<string, string> = {}) {
    const start = performance.now();
    let status = 0;
    let json: Record<string, unknown> | null = null;
    try {
      const res = await fetch(`${o.baseUrl}${path}`, {
        method: body === undefined ? 'GET' : 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body,
        signal: AbortSignal.timeout(15_000),
      });
      status = res.status;
      json = (await res.json().catch(() => null)) as Record<string, unknown> | null;
    } catch {
      status = 0;
    }
    attempts.push({
      at: start - o.t0,
      step,
      status,
      transient: isTransient(status),
      ms: performance.now() - start,
    });
    return { status, json };
  }

  /** Send until the answer is not transient or the budget is spent (then status 0). */
  async function persist(call: () => ReturnType<typeof send>, done?: () => Promise<boolean>) {
    const deadline = performance.now() + RETRY_BUDGET_MS;
    let pause = 100;
    for (let tries = 1; ; tries++) {
      const r = await call();
      if (!isTransient(r.status)) return { ...r, tries };
      if (done && (await done())) return { status: 201, json: null, tries };
      if (performance.now() > deadline) return { ...r, tries };
      await sleep(pause);
      pause = Math.min(pause * 2, 1_000);
    }
  }

  async function client(c: number) {
    for (let n = 0; !o.stopped(); n++) {
      const cart = await persist(() => send('cart', '/api/v1/carts', JSON.stringify({ market: 'fr-fr' })));
      const cartId = cart.json?.id;
      if (cart.status !== 201 || typeof cartId !== 'string') throw new Error(`POST /carts: ${cart.status}`);
      const offerId = o.offerIds[(c * 7919 + n) % o.offerIds.length];
      // A line whose answer was lost may still have been added: look before adding it again.
      const hasLine = async () => {
        const r = await send('cart', `/api/v1/carts/${cartId}`);
        return Array.isArray(r.json?.lines) && r.json.lines.length > 0;
      };
      const line = await persist(
        () => send('line', `/api/v1/carts/${cartId}/lines`, JSON.stringify({ offerId, quantity: 1 })),
        hasLine,
      );
      if (line.status !== 201) throw new Error(`POST /carts/…/lines offer ${offerId}: ${line.status}`);
      const key = `${o.keyPrefix}-${c}-${n}`;
      const checkout = () =>
        persist(() =>
          send('checkout', `/api/v1/carts/${cartId}/checkout`, CHECKOUT_BODY, { 'idempotency-key': key }),
        );
      let r = await checkout();
      let tries = r.tries;
      // 'processing': the first request may still be running (its answer lost to a timeout): ask
      // again a few times. A checkout cut by a kill stays so until the stalled-payment recovery.
      for (let again = 0; again < 5 && paymentOf(r.json) === 'processing'; again++) {
        await sleep(300);
        r = await checkout();
        tries += r.tries;
      }
      const status = paymentOf(r.json);
      purchases.push({
        cartId,
        key,
        outcome: isTransient(r.status) ? 'gave-up' : (status ?? `http ${r.status}`),
        status: r.status,
        checkoutId: typeof r.json?.checkoutId === 'string' ? r.json.checkoutId : null,
        tries,
      });
    }
  }

  await Promise.all(Array.from({ length: o.clients }, (_, c) => client(c)));
  return { attempts, purchases };
}

/** Per second of the run: requests started, and how many of them the balancer could not answer. */
export function errorTimeline(attempts: Attempt[]): Array<{ s: number; requests: number; errors: number }> {
  const last = Math.max(0, ...attempts.map((a) => a.at));
  return Array.from({ length: Math.floor(last / 1000) + 1 }, (_, s) => {
    const inSecond = attempts.filter((a) => Math.floor(a.at / 1000) === s);
    return { s, requests: inSecond.length, errors: inSecond.filter((a) => a.transient).length };
  });
}

/** Milliseconds from `fromMs` to the end of the last failed request started after it (0: none failed). */
export function recoveryMs(attempts: Attempt[], fromMs: number): number {
  const failed = attempts.filter((a) => a.transient && a.at + a.ms >= fromMs);
  return failed.length ? Math.max(...failed.map((a) => a.at + a.ms)) - fromMs : 0;
}
