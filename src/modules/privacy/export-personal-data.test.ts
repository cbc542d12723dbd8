import { strFromU8, unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ENGINES } from '../../../test/db.ts';
import { createTestApp } from '../../../test/fixtures.ts';
import { type SeededPerson, seedPersonWithData } from '../../../test/personal-data.ts';
import { parseCsv } from '../documents/csv.ts';
import { exportPersonalData } from './export-personal-data.ts';
import { buildExportZip, type ExportManifest } from './export-zip.ts';
import type { PersonalDataExport } from './personal-data-export.ts';

type T = Awaited<ReturnType<typeof createTestApp>>;

/** Datasets the seeded person has nothing in, and why (everything else must hold rows). */
const EMPTY_FOR_A_CONSUMER = new Set([
  'accounts/business_profile', // a consumer account, not Reloop Pro
  'accounts/operator_roles', // not an operator
  'after-sales/care_item_transfers', // the seller sent nothing back
  'privacy/legal_holds', // nothing erased
  'privacy/retention', // active, never warned
]);

/** Column names that would be secrets, or someone else's identifiers, if they ever came out. */
const FORBIDDEN_FIELDS = [
  'passwordHash',
  'tokenHash',
  'codeHash',
  'secret',
  'pendingSecret',
  'providerRef',
  'nextAction',
  'idempotencyKey',
  'requestHash',
  'storageKey',
  'idDocumentKey',
  'decidedBy',
  'assignedOperatorId',
  'authorUserId',
];

function fieldNames(data: PersonalDataExport): Set<string> {
  const names = new Set<string>();
  const walk = (v: unknown) => {
    if (Array.isArray(v)) v.forEach(walk);
    else if (v && typeof v === 'object')
      for (const [k, x] of Object.entries(v)) {
        names.add(k);
        walk(x);
      }
  };
  walk(data.sections);
  return names;
}

describe.each(ENGINES)('Download my data on %s', (engine) => {
  let t: T;
  let ada: SeededPerson;
  let bob: SeededPerson;
  let data: PersonalDataExport;
  beforeAll(async () => {
    t = await createTestApp(engine, { products: 10, sellers: 4, offers: 80 });
    ada = await seedPersonWithData(t, {
      email: 'ada.export@example.com',
      marker: 'ADAMARK',
      ownsSellerId: 1,
      ip: '198.51.100.31',
    });
    bob = await seedPersonWithData(t, {
      email: 'bob.export@example.com',
      marker: 'BOBMARK',
      ownsSellerId: 2,
      ip: '198.51.100.32',
    });
    data = await exportPersonalData(t.deps, { userId: ada.userId });
  }, 120_000);
  afterAll(() => t?.close());

  it('holds a row in every dataset of every module that holds personal data', () => {
    expect(data.subject).toEqual({ userId: ada.userId, email: ada.email });
    expect(data.generatedAt).toBe(t.clock.now().toISOString());
    const empty: string[] = [];
    for (const [m, datasets] of Object.entries(data.sections))
      for (const [d, rows] of Object.entries(datasets))
        if (rows.length === 0 && !EMPTY_FOR_A_CONSUMER.has(`${m}/${d}`)) empty.push(`${m}/${d}`);
    expect(empty).toEqual([]);
    expect(Object.keys(data.sections)).toEqual(
      expect.arrayContaining([
        'accounts',
        'orders',
        'payments',
        'refunds',
        'after-sales',
        'reviews',
        'customer-service',
      ]),
    );
    const s = data.sections;
    expect(s.accounts!.profile).toEqual([expect.objectContaining({ id: ada.userId, email: ada.email })]);
    expect(s.accounts!.two_factor).toEqual([expect.objectContaining({ enabled: true })]);
    expect(s.accounts!.sessions!.length).toBeGreaterThan(0);
    expect(s.orders!.orders!.map((o) => o.id)).toEqual(ada.orderIds);
    expect(s.orders!.order_lines!.map((l) => l.id)).toEqual(ada.lineIds);
    expect(s.orders!.addresses).toEqual(
      expect.arrayContaining([expect.objectContaining({ usedFor: 'shipping', name: 'ADAMARK Lovelace' })]),
    );
    expect(s.payments!.payments!.map((p) => [p.method, p.status])).toEqual([
      ['card', 'succeeded'],
      ['card', 'succeeded'],
      ['card', 'succeeded'],
    ]);
    expect(s['seller-team']!.memberships).toEqual([expect.objectContaining({ sellerId: 1, role: 'owner' })]);
    expect(s['seller-onboarding']!.applications).toEqual([expect.objectContaining({ ibanEndsWith: '0189' })]);
    expect(s.audit!.events!.some((e) => e.action === 'account.language_changed' && e.by === 'you')).toBe(
      true,
    );
    // Dates are plain ISO strings.
    expect(s.accounts!.profile![0]!.createdAt).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/);
  });

  it('holds none of another person’s data', async () => {
    const text = JSON.stringify(data);
    expect(text).toContain('ADAMARK');
    expect(text).not.toContain('BOBMARK');
    expect(text).not.toContain(bob.email);
    const theirs = await exportPersonalData(t.deps, { userId: bob.userId });
    const theirText = JSON.stringify(theirs);
    expect(theirText).toContain('BOBMARK');
    expect(theirText).not.toContain('ADAMARK');
    expect(theirText).not.toContain(ada.email);
    expect(theirs.sections.orders!.orders!.map((o) => o.id)).toEqual(bob.orderIds);
  });

  it('holds no secret: no password, session, token, authenticator, API key or webhook secret', () => {
    const text = JSON.stringify(data);
    for (const secret of [...ada.secrets, ...bob.secrets]) expect(text).not.toContain(secret);
    const names = fieldNames(data);
    expect(FORBIDDEN_FIELDS.filter((f) => names.has(f))).toEqual([]);
  });

  it('the ZIP unzips to a manifest naming every file, JSON equal to the export and CSV that parses', () => {
    const files = unzipSync(buildExportZip(data));
    const manifest = JSON.parse(strFromU8(files['manifest.json']!)) as ExportManifest;
    expect(manifest.subject).toEqual(data.subject);
    expect(manifest.generatedAt).toBe(data.generatedAt);
    expect(Object.keys(files).sort()).toEqual(
      ['README.txt', 'manifest.json', ...manifest.files.map((f) => f.path)].sort(),
    );
    const datasetCount = Object.values(data.sections).reduce((n, d) => n + Object.keys(d).length, 0);
    expect(manifest.files).toHaveLength(datasetCount * 2);
    expect(manifest.modulesWithoutPersonalData.map((m) => m.module)).toEqual(
      expect.arrayContaining(['catalog', 'ledger']),
    );
    for (const f of manifest.files) {
      const rows = data.sections[f.module]![f.dataset]!;
      expect(f.rows, f.path).toBe(rows.length);
      expect(f.description.length, f.path).toBeGreaterThan(10);
      const body = strFromU8(files[f.path]!);
      if (f.format === 'json') expect(JSON.parse(body), f.path).toEqual(rows);
      else {
        const parsed = parseCsv(body);
        expect(parsed.length, f.path).toBe(rows.length === 0 ? 0 : rows.length + 1);
        if (rows.length) expect(parsed[0], f.path).toEqual(expect.arrayContaining(Object.keys(rows[0]!)));
        for (const r of parsed) expect(r.length, f.path).toBe(parsed[0]!.length);
      }
    }
    const reviews = parseCsv(strFromU8(files['reviews/reviews.csv']!));
    const comment = reviews[0]!.indexOf('comment');
    expect(reviews[1]![comment]).toBe('ADAMARK: works like new, the battery holds all day.');
    const zipText = Object.values(files)
      .map((b) => strFromU8(b))
      .join('\n');
    for (const secret of ada.secrets) expect(zipText).not.toContain(secret);
  });
});
