import { createServer, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { fixedClock } from '../../platform/clock.ts';
import { parseVatNumber, type VatNumber } from './vat-number.rules.ts';
import { createViesVerifier, type ViesVerifierOptions } from './vies-verifier.ts';

/** What the fake VIES does for one request, in order; the last one repeats. */
type Reply =
  | { status: number; json: unknown }
  | { status: number; text: string }
  | { hang: true }
  | { hangUp: true };

type RecordedRequest = { method: string; url: string; headers: IncomingHttpHeaders; body: unknown };

const PATH = '/taxation_customs/vies/rest-api';
const servers: Array<ReturnType<typeof createServer>> = [];

/** A real HTTP server on 127.0.0.1, port 0, answering like the VIES REST API. */
async function fakeVies(...replies: Reply[]) {
  const requests: RecordedRequest[] = [];
  const server = createServer((req, res) => {
    let raw = '';
    req.on('data', (chunk: Buffer) => {
      raw += chunk.toString('utf8');
    });
    req.on('end', () => {
      requests.push({
        method: req.method ?? '',
        url: req.url ?? '',
        headers: req.headers,
        body: JSON.parse(raw),
      });
      const reply = replies[Math.min(requests.length, replies.length) - 1]!;
      if ('hang' in reply) return;
      if ('hangUp' in reply) {
        req.socket.destroy();
        return;
      }
      const isJson = 'json' in reply;
      res.writeHead(reply.status, { 'content-type': isJson ? 'application/json' : 'text/html' });
      res.end(isJson ? JSON.stringify(reply.json) : reply.text);
    });
  });
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { baseUrl: `http://127.0.0.1:${port}${PATH}`, requests };
}

afterEach(async () => {
  for (const server of servers.splice(0)) {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  }
});

function vat(input: string): VatNumber {
  const parsed = parseVatNumber(input);
  if (!parsed.ok) throw new Error(parsed.message);
  return parsed.value;
}

const NOW = '2025-03-14T12:00:00.000Z';

function verifierFor(baseUrl: string, options: Partial<ViesVerifierOptions> = {}) {
  const waits: number[] = [];
  const verifier = createViesVerifier({
    baseUrl,
    clock: fixedClock(NOW),
    sleep: async (ms) => {
      waits.push(ms);
    },
    attemptTimeoutMs: 2_000,
    ...options,
  });
  return { verifier, waits };
}

const validAnswer = {
  countryCode: 'FR',
  vatNumber: '40303265045',
  requestDate: '2025-03-14T10:15:30.123Z',
  valid: true,
  requestIdentifier: 'WAPIAAAAZfR2kX1b',
  name: 'SA SOCIETE EXEMPLE',
  address: '1 RUE DE LA PAIX\n75002 PARIS',
  traderName: '---',
  traderStreet: '---',
  traderPostalCode: '---',
  traderCity: '---',
  traderCompanyType: '---',
  traderNameMatch: 'NOT_PROCESSED',
  traderStreetMatch: 'NOT_PROCESSED',
  traderPostalCodeMatch: 'NOT_PROCESSED',
  traderCityMatch: 'NOT_PROCESSED',
  traderCompanyTypeMatch: 'NOT_PROCESSED',
};

const viesError = (code: string) => ({
  actionSucceed: false,
  errorWrappers: [{ error: code, message: `${code} message` }],
});

describe('VIES verifier: the request', () => {
  it('POSTs JSON to {base}/check-vat-number with the requester when one is set', async () => {
    const vies = await fakeVies({ status: 200, json: validAnswer });
    const { verifier } = verifierFor(vies.baseUrl, { requester: vat('DE136695976') });

    await verifier.verify(vat('fr 40 303 265 045'));

    expect(vies.requests).toHaveLength(1);
    const [request] = vies.requests;
    expect(request!.method).toBe('POST');
    expect(request!.url).toBe(`${PATH}/check-vat-number`);
    expect(request!.headers['content-type']).toBe('application/json');
    expect(request!.headers.accept).toBe('application/json');
    expect(request!.body).toEqual({
      countryCode: 'FR',
      vatNumber: '40303265045',
      requesterMemberStateCode: 'DE',
      requesterNumber: '136695976',
    });
  });

  it('sends only countryCode and vatNumber without a requester; EL and XI as they are', async () => {
    const vies = await fakeVies({ status: 200, json: { ...validAnswer, requestIdentifier: '' } });
    const { verifier } = verifierFor(`${vies.baseUrl}/`);

    await verifier.verify(vat('EL 094012834'));
    await verifier.verify(vat('XI 980 7806 84'));

    expect(vies.requests.map((r) => r.url)).toEqual([`${PATH}/check-vat-number`, `${PATH}/check-vat-number`]);
    expect(vies.requests.map((r) => r.body)).toEqual([
      { countryCode: 'EL', vatNumber: '094012834' },
      { countryCode: 'XI', vatNumber: '980780684' },
    ]);
  });

  it('uses the injected fetch', async () => {
    const vies = await fakeVies({ status: 200, json: validAnswer });
    const calls: string[] = [];
    const { verifier } = verifierFor(vies.baseUrl, {
      fetch: (input, init) => {
        calls.push(String(input));
        return fetch(input, init);
      },
    });
    await verifier.verify(vat('FR40303265045'));
    expect(calls).toEqual([`${vies.baseUrl}/check-vat-number`]);
  });
});

describe('VIES verifier: answers', () => {
  it('records a valid answer with its consultation number, date, name and address', async () => {
    const vies = await fakeVies({ status: 200, json: validAnswer });
    const { verifier, waits } = verifierFor(vies.baseUrl, { requester: vat('DE136695976') });

    const result = await verifier.verify(vat('FR40303265045'));

    expect(result).toEqual({
      status: 'valid',
      vatNumber: 'FR40303265045',
      checkedAt: new Date('2025-03-14T10:15:30.123Z'),
      consultationRef: 'WAPIAAAAZfR2kX1b',
      traderName: 'SA SOCIETE EXEMPLE',
      traderAddress: '1 RUE DE LA PAIX\n75002 PARIS',
      source: 'vies',
    });
    expect(waits).toEqual([]);
  });

  it('records an invalid answer', async () => {
    const vies = await fakeVies({
      status: 200,
      json: {
        ...validAnswer,
        valid: false,
        name: '---',
        address: '---',
        requestIdentifier: 'WAPIAAAAZfR2kX1c',
      },
    });
    const { verifier } = verifierFor(vies.baseUrl);

    const result = await verifier.verify(vat('FR40303265045'));

    expect(result).toMatchObject({
      status: 'invalid',
      consultationRef: 'WAPIAAAAZfR2kX1c',
      traderName: null,
      traderAddress: null,
      detail: 'not registered in VIES',
    });
  });

  it('stores undisclosed values and an empty consultation number as null; the clock dates a dateless answer', async () => {
    const vies = await fakeVies({
      status: 200,
      json: { valid: true, requestIdentifier: '', name: '---', address: '', countryCode: 'DE' },
    });
    const { verifier } = verifierFor(vies.baseUrl);

    const result = await verifier.verify(vat('DE136695976'));

    expect(result).toEqual({
      status: 'valid',
      vatNumber: 'DE136695976',
      checkedAt: new Date(NOW),
      consultationRef: null,
      traderName: null,
      traderAddress: null,
      source: 'vies',
    });
  });

  it('refuses as invalid what VIES calls INVALID_INPUT, without asking again', async () => {
    const vies = await fakeVies({ status: 400, json: viesError('INVALID_INPUT') });
    const { verifier } = verifierFor(vies.baseUrl);

    const result = await verifier.verify(vat('DE136695976'));

    expect(result).toMatchObject({ status: 'invalid', detail: 'INVALID_INPUT', consultationRef: null });
    expect(vies.requests).toHaveLength(1);
  });

  it('is unavailable, without asking again, when VIES rejects the requester', async () => {
    const vies = await fakeVies({ status: 400, json: viesError('INVALID_REQUESTER_INFO') });
    const { verifier } = verifierFor(vies.baseUrl, { requester: vat('DE136695976') });

    const result = await verifier.verify(vat('FR40303265045'));

    expect(result).toMatchObject({ status: 'unavailable', detail: 'INVALID_REQUESTER_INFO' });
    expect(vies.requests).toHaveLength(1);
  });

  it('is unavailable for an answer it cannot read, without asking again', async () => {
    const vies = await fakeVies({ status: 200, text: '<html>maintenance</html>' });
    const { verifier } = verifierFor(vies.baseUrl);

    const result = await verifier.verify(vat('FR40303265045'));

    expect(result).toMatchObject({ status: 'unavailable', checkedAt: new Date(NOW), source: 'vies' });
    expect(vies.requests).toHaveLength(1);
  });
});

describe('VIES verifier: retries', () => {
  it('asks again with back-off on MS_UNAVAILABLE and MS_MAX_CONCURRENT_REQ, then records the answer', async () => {
    const vies = await fakeVies(
      { status: 500, json: viesError('MS_UNAVAILABLE') },
      { status: 200, json: { valid: false, userError: 'MS_MAX_CONCURRENT_REQ', countryCode: 'FR' } },
      { status: 200, json: validAnswer },
    );
    const { verifier, waits } = verifierFor(vies.baseUrl, { firstRetryDelayMs: 100 });

    const result = await verifier.verify(vat('FR40303265045'));

    expect(result).toMatchObject({ status: 'valid', consultationRef: 'WAPIAAAAZfR2kX1b' });
    expect(vies.requests).toHaveLength(3);
    expect(waits).toEqual([100, 200]);
  });

  it.each(['SERVICE_UNAVAILABLE', 'GLOBAL_MAX_CONCURRENT_REQ', 'TIMEOUT', 'MS_UNAVAILABLE'])(
    'is unavailable after the last attempt when VIES keeps answering %s',
    async (code) => {
      const vies = await fakeVies({ status: 200, json: viesError(code) });
      const { verifier, waits } = verifierFor(vies.baseUrl, { maxAttempts: 4 });

      const result = await verifier.verify(vat('DE136695976'));

      expect(result).toEqual({
        status: 'unavailable',
        vatNumber: 'DE136695976',
        checkedAt: new Date(NOW),
        consultationRef: null,
        traderName: null,
        traderAddress: null,
        source: 'vies',
        detail: `${code} (after 4 attempts)`,
      });
      expect(vies.requests).toHaveLength(4);
      expect(waits).toEqual([1_000, 2_000, 4_000]);
    },
  );

  it('asks again after an HTTP 503 page', async () => {
    const vies = await fakeVies(
      { status: 503, text: 'Service Unavailable' },
      { status: 200, json: validAnswer },
    );
    const { verifier } = verifierFor(vies.baseUrl);

    expect((await verifier.verify(vat('FR40303265045'))).status).toBe('valid');
    expect(vies.requests).toHaveLength(2);
  });

  it('asks again when the connection drops', async () => {
    const vies = await fakeVies({ hangUp: true }, { status: 200, json: validAnswer });
    const { verifier } = verifierFor(vies.baseUrl);

    expect((await verifier.verify(vat('FR40303265045'))).status).toBe('valid');
    expect(vies.requests).toHaveLength(2);
  });

  it('is unavailable when no attempt is answered in time', async () => {
    const vies = await fakeVies({ hang: true });
    const { verifier, waits } = verifierFor(vies.baseUrl, { attemptTimeoutMs: 50, maxAttempts: 2 });

    const result = await verifier.verify(vat('FR40303265045'));

    expect(result).toMatchObject({
      status: 'unavailable',
      checkedAt: new Date(NOW),
      detail: 'no answer within 50 ms (after 2 attempts)',
    });
    expect(vies.requests).toHaveLength(2);
    expect(waits).toEqual([1_000]);
  });

  it('is unavailable when nothing listens', async () => {
    const { verifier } = verifierFor('http://127.0.0.1:1/vies', { maxAttempts: 2 });

    const result = await verifier.verify(vat('FR40303265045'));

    expect(result.status).toBe('unavailable');
    expect(result.detail).toMatch(/^network error: .*\(after 2 attempts\)$/);
  });
});
