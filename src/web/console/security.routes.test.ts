import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createActor } from '../../../test/actors.ts';
import { ENGINES } from '../../../test/db.ts';
import { createTestApp } from '../../../test/fixtures.ts';
import { sessions } from '../../modules/accounts/accounts.schema.ts';
import { createSession } from '../../modules/accounts/create-session.ts';
import { totpCodeAt } from '../../modules/accounts/two-factor/totp.ts';
import { auditEvents } from '../../modules/audit/audit.schema.ts';
import { randomToken } from '../../platform/security/tokens.ts';

const FORM = 'application/x-www-form-urlencoded';

describe.each(ENGINES)('operators’ two-factor authentication (%s)', (engine) => {
  let t: Awaited<ReturnType<typeof createTestApp>>;
  beforeAll(async () => {
    t = await createTestApp(
      engine,
      { products: 6, sellers: 2, offers: 20 },
      { RATE_LIMIT_AUTH_PER_15_MIN: '0' },
    );
  });
  afterAll(async () => t?.close());

  /** A browser keeping its cookies (session, CSRF, device) and the last page's `_csrf` field. */
  function browser(sessionCookie = '') {
    const jar = new Map<string, string>();
    if (sessionCookie) {
      const [k, v] = sessionCookie.split('=');
      jar.set(k!, v!);
    }
    let csrfField = '';
    const cookie = () => [...jar].map(([k, v]) => `${k}=${v}`).join('; ');
    const remember = (res: Response, text: string) => {
      for (const c of res.headers.getSetCookie()) {
        const m = /^([^=]+)=([^;]*)/.exec(c);
        if (m) jar.set(m[1]!, m[2]!);
      }
      const field = /name="_csrf" value="([^"]+)"/.exec(text);
      if (field) csrfField = field[1]!;
    };
    return {
      jar,
      async get(path: string) {
        const res = await t.app.request(path, {
          headers: { cookie: cookie(), 'x-forwarded-for': '198.51.100.7' },
        });
        const text = await res.text();
        remember(res, text);
        return { status: res.status, headers: res.headers, text };
      },
      async post(path: string, fields: Record<string, string>) {
        const res = await t.app.request(path, {
          method: 'POST',
          headers: { cookie: cookie(), 'content-type': FORM, 'x-forwarded-for': '198.51.100.7' },
          body: new URLSearchParams({ ...fields, _csrf: csrfField }).toString(),
        });
        const text = await res.text();
        remember(res, text);
        return { status: res.status, headers: res.headers, text };
      },
    };
  }

  const email = (role: string) => `${role}-${randomToken(4).toLowerCase()}@reloop.test`;
  const code = (secret: string) => totpCodeAt(secret, t.clock.now());
  const nextStep = () => t.clock.advance(30_000);
  const audits = async (userId: number, action: string) =>
    t.deps.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.subjectUserId, userId), eq(auditEvents.action, action)));

  /** Password step on the shop's sign-in form; returns the second step's token from the page. */
  async function passwordStep(b: ReturnType<typeof browser>, who: { email: string; password: string }) {
    await b.get('/fr-fr/sign-in');
    const res = await b.post('/fr-fr/sign-in', {
      email: who.email,
      password: who.password,
      next: '/console',
    });
    return { res, secondStep: /name="secondStep" value="([^"]+)"/.exec(res.text)?.[1] ?? '' };
  }

  it('keeps an admin without a second factor on the enrolment page: pages redirect, writes answer 403 SECOND_FACTOR_REQUIRED', async () => {
    const admin = await createActor(t.deps, {
      email: email('admin'),
      buyerType: null,
      operator: ['admin'],
      secondFactor: false,
    });
    const b = browser(await admin.cookie());
    const page = await b.get('/console/users');
    expect(page.status).toBe(303);
    expect(page.headers.get('location')).toBe('/console/security');
    const security = await b.get('/console/security');
    expect(security.status).toBe(200);
    expect(security.text).toContain('required for admins');
    const write = await b.post('/console/fees', {});
    expect(write.status).toBe(403);
    expect(write.text).toContain('Set up two-factor authentication');
  });

  it('enrols with a QR code and a current code, shows ten recovery codes once, then opens the console', async () => {
    const admin = await createActor(t.deps, {
      email: email('admin'),
      buyerType: null,
      operator: ['admin'],
      secondFactor: false,
    });
    const b = browser(await admin.cookie());
    await b.get('/console/security');
    const started = await b.post('/console/security/enrol', {});
    expect(started.status).toBe(303);
    const page = await b.get('/console/security');
    expect(page.text).toMatch(/<img[^>]+src="data:image\/svg\+xml;base64,/);
    const secret = /data-secret="([A-Z2-7]+)"/.exec(page.text)?.[1];
    expect(secret).toBeTruthy();

    const wrong = await b.post('/console/security/confirm', { code: '000000' });
    expect(wrong.status).toBe(400);
    expect(wrong.text).toContain('not the current code');

    const done = await b.post('/console/security/confirm', { code: await code(secret!) });
    expect(done.status).toBe(200);
    const codes = [...done.text.matchAll(/<li><code>([a-z2-9]{5}-[a-z2-9]{5})<\/code><\/li>/g)].map(
      (m) => m[1],
    );
    expect(codes).toHaveLength(10);
    expect((await b.get('/console/users')).status).toBe(200);
    expect((await b.get('/console/security')).text).not.toContain(codes[0]!);
    expect(await audits(admin.userId, 'auth.second_factor_enrolled')).toHaveLength(1);
  });

  it('signs an enrolled operator in with a second step: no session before the code, replay refused, recovery codes single-use', async () => {
    const op = await createActor(t.deps, {
      email: email('support'),
      buyerType: null,
      operator: ['support'],
      secondFactor: true,
    });
    const b = browser();
    const { res, secondStep } = await passwordStep(b, op);
    expect(res.status).toBe(200);
    expect(secondStep).not.toBe('');
    expect(b.jar.has('rl_session')).toBe(false);
    expect((await b.get('/console/users')).status).toBe(303);

    nextStep();
    const current = await code(op.totpSecret!);
    const ok = await b.post('/fr-fr/sign-in/second-factor', { secondStep, code: current, next: '/console' });
    expect(ok.status).toBe(303);
    expect(ok.headers.get('location')).toBe('/console');
    expect((await b.get('/console/users')).status).toBe(200);
    const [row] = await t.deps.db.select().from(sessions).where(eq(sessions.userId, op.userId));
    expect(row?.secondFactorAt).not.toBeNull();

    // The same code (same time step) is refused in another sign-in.
    const other = browser();
    const again = await passwordStep(other, op);
    const replay = await other.post('/fr-fr/sign-in/second-factor', {
      secondStep: again.secondStep,
      code: current,
    });
    expect(replay.status).toBe(400);
    expect(other.jar.has('rl_session')).toBe(false);

    // A recovery code works once.
    const sec = browser(await op.cookie());
    await sec.get('/console/security');
    nextStep();
    const regenerated = await sec.post('/console/security/recovery-codes', {
      code: await code(op.totpSecret!),
    });
    expect(regenerated.status).toBe(200);
    const recovery = /<li><code>([a-z2-9]{5}-[a-z2-9]{5})<\/code><\/li>/.exec(regenerated.text)![1]!;
    const third = browser();
    const s3 = await passwordStep(third, op);
    expect(
      (
        await third.post('/fr-fr/sign-in/second-factor', {
          secondStep: s3.secondStep,
          code: recovery.toUpperCase(),
        })
      ).status,
    ).toBe(303);
    const fourth = browser();
    const s4 = await passwordStep(fourth, op);
    expect(
      (await fourth.post('/fr-fr/sign-in/second-factor', { secondStep: s4.secondStep, code: recovery }))
        .status,
    ).toBe(400);
  });

  it('refuses codes after five wrong ones in 15 minutes, even the right one', async () => {
    const op = await createActor(t.deps, {
      email: email('support'),
      buyerType: null,
      operator: ['support'],
      secondFactor: true,
    });
    const b = browser();
    const { secondStep } = await passwordStep(b, op);
    for (let i = 0; i < 5; i++) {
      expect((await b.post('/fr-fr/sign-in/second-factor', { secondStep, code: '123456' })).status).toBe(400);
    }
    nextStep();
    const locked = await b.post('/fr-fr/sign-in/second-factor', {
      secondStep,
      code: await code(op.totpSecret!),
    });
    expect(locked.status).toBe(429);
    expect(b.jar.has('rl_session')).toBe(false);
    t.clock.advance(15 * 60_000);
    const again = await passwordStep(b, op);
    const ok = await b.post('/fr-fr/sign-in/second-factor', {
      secondStep: again.secondStep,
      code: await code(op.totpSecret!),
    });
    expect(ok.status).toBe(303);
  });

  it('does not count a password-only session of an enrolled account, nor give it an API token', async () => {
    const op = await createActor(t.deps, {
      email: email('support'),
      buyerType: null,
      operator: ['support'],
      secondFactor: true,
    });
    const token = await createSession(t.deps.db, {
      userId: op.userId,
      isOperator: true,
      now: t.clock.now(),
      meta: { ip: '1.1.1.1', userAgent: 'test' },
    });
    const page = await browser(`rl_session=${token}`).get('/console/users');
    expect(page.status).toBe(303);
    expect(page.headers.get('location')).toContain('/sign-in');
    const res = await t.app.request('/api/v1/auth/token', {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-forwarded-for': '198.51.100.9' },
      body: JSON.stringify({ email: op.email, password: op.password }),
    });
    expect(res.status).toBe(403);
    expect(((await res.json()) as { code: string }).code).toBe('SECOND_FACTOR_REQUIRED');
  });

  it('lets a support operator turn two-factor off with a current code, but not an admin', async () => {
    const op = await createActor(t.deps, {
      email: email('support'),
      buyerType: null,
      operator: ['support'],
      secondFactor: true,
    });
    const b = browser(await op.cookie());
    const page = await b.get('/console/security');
    expect(page.text).toContain('optional');
    nextStep();
    const off = await b.post('/console/security/disable', { code: await code(op.totpSecret!) });
    expect(off.status).toBe(303);
    expect(await audits(op.userId, 'auth.second_factor_disabled')).toHaveLength(1);
    const fresh = browser();
    await passwordStep(fresh, op);
    expect(fresh.jar.has('rl_session')).toBe(true);

    const admin = await createActor(t.deps, { email: email('admin'), buyerType: null, operator: ['admin'] });
    const a = browser(await admin.cookie());
    await a.get('/console/security');
    nextStep();
    const refused = await a.post('/console/security/disable', { code: await code(admin.totpSecret!) });
    expect(refused.status).toBe(403);
    expect(await audits(admin.userId, 'auth.second_factor_disabled')).toHaveLength(0);
  });
});
