import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MARKET_CODES } from '../../platform/markets.ts';
import {
  buildStatement,
  STATEMENT_MEASURES,
  type StatementInput,
  type StatementMeasure,
} from './statement.rules.ts';
import {
  PUID_PATTERN,
  puidFor,
  scrubPersonalData,
  TDB_CATEGORIES,
  TDB_CONTENT_TYPES,
  type TdbSource,
  type TdbStatement,
  tdbDefaults,
  toTdbStatement,
  validateTdbStatement,
} from './tdb.rules.ts';

const AT = new Date('2026-11-21T12:00:00Z');
const ID = '0b9d7f0e-8f39-4f7e-9d43-6a1c2f1e0a11';
const base: StatementInput = {
  subjectUserId: 7,
  measure: 'account_termination',
  reasonCode: 'false_identity',
  facts: 'Jane Doe (jane.doe@mail.example, +33 6 12 34 56 78) registered with a dissolved company.',
  source: 'own_initiative',
  ground: { type: 'incompatible_terms', contractualGround: 'Terms of use §3.2' },
  explanation: 'False account information given by Jane Doe.',
  audience: 'user',
  decidedBy: 1,
};

/** A stored row as issueStatementOfReasons writes it. */
function row(input: StatementInput, at = AT, id = ID): TdbSource {
  return { ...buildStatement(input, at), id, puid: puidFor(id) };
}
const fieldsOf = (p: Partial<TdbStatement> | Record<string, unknown>) =>
  validateTdbStatement(p as Record<string, unknown>)
    .map((i) => i.field)
    .sort();

describe('DSA Transparency Database mapping (domain-rules §4)', () => {
  it('maps an account termination on own initiative, and the validator accepts it', () => {
    const p = toTdbStatement(row(base));
    expect(p).toEqual({
      decision_account: 'DECISION_ACCOUNT_TERMINATED',
      decision_ground: 'DECISION_GROUND_INCOMPATIBLE_CONTENT',
      incompatible_content_ground: 'Terms of use §3.2',
      incompatible_content_explanation: expect.stringContaining('false identity'),
      incompatible_content_illegal: 'No',
      content_type: ['CONTENT_TYPE_OTHER'],
      content_type_other: 'User or seller account on the marketplace',
      category: 'STATEMENT_CATEGORY_SCAMS_AND_FRAUD',
      territorial_scope: ['BE', 'DE', 'ES', 'FR', 'IT', 'NL', 'SE'],
      content_date: '2026-11-21',
      application_date: '2026-11-21',
      decision_facts: expect.stringContaining("Taken on the platform's own initiative."),
      source_type: 'SOURCE_VOLUNTARY',
      automated_detection: 'No',
      automated_decision: 'AUTOMATED_DECISION_NOT_AUTOMATED',
      puid: `reloop-sor-${ID}`,
    });
    expect(validateTdbStatement(p)).toEqual([]);
  });

  it('sends no personal data: facts and explanations come from the structured fields, not the letter', () => {
    const p = toTdbStatement(row(base));
    const sent = JSON.stringify(p);
    for (const personal of ['Jane', 'Doe', 'jane.doe', '@', '12 34 56 78', 'dissolved'])
      expect(sent).not.toContain(personal);
    expect(p.decision_facts).toBe(
      "Termination of an account on the Reloop marketplace for refurbished devices. Taken on the platform's own initiative. Detected without automated means. Decided by a member of staff. Reason: false identity. Ground: incompatibility with Terms of use §3.2.",
    );
  });

  it('scrubs emails and phone numbers from texts a caller wrote for the public database', () => {
    expect(scrubPersonalData('Write to a.b+c@shop.example or call +33 6 12 34 56 78 / 0612345678.')).toBe(
      'Write to [email removed] or call [phone removed] / [phone removed].',
    );
    // Dates, prices and short references stay.
    expect(scrubPersonalData('On 2026-11-21, 3 offers at 199.00 EUR, order 123456.')).toBe(
      'On 2026-11-21, 3 offers at 199.00 EUR, order 123456.',
    );
    const p = toTdbStatement(
      row({
        ...base,
        publicFacts: 'Reported by x@y.example about an offer.',
        publicExplanation: 'Call 01 23 45 67 89.',
      }),
    );
    expect(p.decision_facts).toBe('Reported by [email removed] about an offer.');
    expect(p.incompatible_content_explanation).toBe('Call [phone removed].');
    expect(fieldsOf({ ...p, decision_facts: 'mail me at a@b.example' })).toEqual(['decision_facts']);
  });

  it('maps every measure to its decision field and end date (decision_* arrays, at least one)', () => {
    const ends = new Date('2027-01-31T00:00:00Z');
    const cases: Array<[StatementMeasure, string, unknown, string | null]> = [
      ['content_removal', 'decision_visibility', ['DECISION_VISIBILITY_CONTENT_REMOVED'], null],
      [
        'visibility_restriction',
        'decision_visibility',
        ['DECISION_VISIBILITY_CONTENT_DISABLED'],
        'end_date_visibility_restriction',
      ],
      [
        'monetary_suspension',
        'decision_monetary',
        'DECISION_MONETARY_SUSPENSION',
        'end_date_monetary_restriction',
      ],
      ['monetary_termination', 'decision_monetary', 'DECISION_MONETARY_TERMINATION', null],
      [
        'suspension_of_service',
        'decision_provision',
        'DECISION_PROVISION_PARTIAL_SUSPENSION',
        'end_date_service_restriction',
      ],
      ['termination_of_service', 'decision_provision', 'DECISION_PROVISION_PARTIAL_TERMINATION', null],
      [
        'account_suspension',
        'decision_account',
        'DECISION_ACCOUNT_SUSPENDED',
        'end_date_account_restriction',
      ],
      ['account_termination', 'decision_account', 'DECISION_ACCOUNT_TERMINATED', null],
    ];
    for (const [measure, field, value, endField] of cases) {
      const p = toTdbStatement(row({ ...base, measure, ...(endField ? { endsAt: ends } : {}) })) as Record<
        string,
        unknown
      >;
      expect(p[field]).toEqual(value);
      if (endField) expect(p[endField]).toBe('2027-01-31');
      expect(validateTdbStatement(p)).toEqual([]);
    }
    const p = toTdbStatement(row(base)) as Record<string, unknown>;
    delete p.decision_account;
    expect(fieldsOf(p)).toEqual(['decision_visibility']);
  });

  it('chooses the content type: offers are products, reviews text, review photos images, accounts other', () => {
    const type = (measure: StatementMeasure, reasonCode: string) =>
      tdbDefaults({ measure, reasonCode, source: 'notice', groundType: 'illegal_content' }).contentType;
    expect(type('content_removal', 'offer_unsafe_products')).toBe('CONTENT_TYPE_PRODUCT');
    expect(type('visibility_restriction', 'delist_offer')).toBe('CONTENT_TYPE_PRODUCT');
    expect(type('content_removal', 'review_offensive')).toBe('CONTENT_TYPE_TEXT');
    expect(type('content_removal', 'review_reply_advertising')).toBe('CONTENT_TYPE_TEXT');
    expect(type('content_removal', 'review_photos_personal_data')).toBe('CONTENT_TYPE_IMAGE');
    expect(type('suspension_of_service', 'quality_criteria')).toBe('CONTENT_TYPE_OTHER');
    expect(type('account_termination', 'scraping')).toBe('CONTENT_TYPE_OTHER');
    // A caller's own choice wins.
    const p = toTdbStatement(row({ ...base, measure: 'content_removal', contentType: 'CONTENT_TYPE_VIDEO' }));
    expect(p.content_type).toEqual(['CONTENT_TYPE_VIDEO']);
    expect(p.content_type_other).toBeUndefined();
  });

  it('requires content_type_other iff CONTENT_TYPE_OTHER, *_other iff OTHER, ≤ 500', () => {
    const p = toTdbStatement(row(base));
    expect(fieldsOf({ ...p, content_type_other: undefined })).toEqual(['content_type_other']);
    expect(fieldsOf({ ...p, content_type_other: 'x'.repeat(501) })).toEqual(['content_type_other']);
    expect(fieldsOf({ ...p, content_type: ['CONTENT_TYPE_TEXT'] })).toEqual(['content_type_other']);
    expect(fieldsOf({ ...p, content_type: [], content_type_other: undefined })).toEqual(['content_type']);
    expect(
      fieldsOf({ ...p, content_type: ['CONTENT_TYPE_HOLOGRAM'], content_type_other: undefined }),
    ).toEqual(['content_type']);
    expect(fieldsOf({ ...p, decision_visibility: ['DECISION_VISIBILITY_OTHER'] })).toEqual([
      'decision_visibility_other',
    ]);
    expect(
      fieldsOf({
        ...p,
        decision_visibility: ['DECISION_VISIBILITY_OTHER'],
        decision_visibility_other: 'Hidden from search',
      }),
    ).toEqual([]);
    expect(fieldsOf({ ...p, decision_monetary: 'DECISION_MONETARY_OTHER' })).toEqual([
      'decision_monetary_other',
    ]);
    expect(fieldsOf({ ...p, decision_monetary_other: 'Held' })).toEqual(['decision_monetary_other']);
    expect(fieldsOf({ ...p, decision_account: 'DECISION_ACCOUNT_BANNED' })).toEqual(['decision_account']);
  });

  it('gives each ground its required fields, and only those (illegal vs incompatible)', () => {
    const illegal = toTdbStatement(
      row({
        ...base,
        ground: {
          type: 'illegal_content',
          legalGround: 'Regulation (EU) 2023/988',
          contractualGround: 'Terms §4',
        },
      }),
    );
    expect(illegal).toMatchObject({
      decision_ground: 'DECISION_GROUND_ILLEGAL_CONTENT',
      illegal_content_legal_ground: 'Regulation (EU) 2023/988',
      illegal_content_explanation: expect.stringContaining('illegal under Regulation (EU) 2023/988'),
    });
    expect(illegal.incompatible_content_ground).toBeUndefined();
    expect(illegal.incompatible_content_illegal).toBeUndefined();
    expect(validateTdbStatement(illegal)).toEqual([]);
    expect(fieldsOf({ ...illegal, illegal_content_legal_ground: '' })).toEqual([
      'illegal_content_legal_ground',
    ]);
    expect(fieldsOf({ ...illegal, illegal_content_explanation: 'x'.repeat(2001) })).toEqual([
      'illegal_content_explanation',
    ]);
    expect(fieldsOf({ ...illegal, incompatible_content_ground: 'Terms' })).toEqual([
      'incompatible_content_ground',
    ]);
    const terms = toTdbStatement(row(base));
    expect(fieldsOf({ ...terms, incompatible_content_ground: undefined })).toEqual([
      'incompatible_content_ground',
    ]);
    expect(fieldsOf({ ...terms, incompatible_content_explanation: '' })).toEqual([
      'incompatible_content_explanation',
    ]);
    expect(fieldsOf({ ...terms, illegal_content_legal_ground: 'Law' })).toEqual([
      'illegal_content_legal_ground',
    ]);
    expect(fieldsOf({ ...terms, incompatible_content_illegal: 'Maybe' })).toEqual([
      'incompatible_content_illegal',
    ]);
    expect(fieldsOf({ ...terms, decision_ground: undefined }).includes('decision_ground')).toBe(true);
    expect(fieldsOf({ ...terms, decision_ground: 'DECISION_GROUND_RUDE' }).includes('decision_ground')).toBe(
      true,
    );
  });

  it('source: a notice is SOURCE_ARTICLE_16, own initiative SOURCE_VOLUNTARY without source_identity', () => {
    const notice = toTdbStatement(row({ ...base, source: 'notice' }));
    expect(notice.source_type).toBe('SOURCE_ARTICLE_16');
    expect(notice.source_identity).toBeUndefined();
    expect(notice.decision_facts).toContain('notice submitted under Article 16 DSA');
    const own = toTdbStatement(row(base));
    expect(own.source_type).toBe('SOURCE_VOLUNTARY');
    expect(fieldsOf({ ...own, source_identity: 'Someone' })).toEqual(['source_identity']);
    expect(fieldsOf({ ...notice, source_identity: 'A consumer association' })).toEqual([]);
    expect(fieldsOf({ ...own, source_type: 'SOURCE_RUMOUR' })).toEqual(['source_type']);
  });

  it('automated_detection Yes/No, automated_decision FULLY / PARTIALLY / NOT_AUTOMATED', () => {
    const m = (automatedDetection: boolean, automatedDecision: boolean, decidedBy: number | null) => {
      const p = toTdbStatement(row({ ...base, automatedDetection, automatedDecision, decidedBy }));
      return [p.automated_detection, p.automated_decision];
    };
    expect(m(true, true, null)).toEqual(['Yes', 'AUTOMATED_DECISION_FULLY']);
    expect(m(true, true, 3)).toEqual(['Yes', 'AUTOMATED_DECISION_PARTIALLY']);
    expect(m(false, false, 3)).toEqual(['No', 'AUTOMATED_DECISION_NOT_AUTOMATED']);
    const p = toTdbStatement(row(base));
    expect(fieldsOf({ ...p, automated_detection: true })).toEqual(['automated_detection']);
    expect(fieldsOf({ ...p, automated_decision: 'Yes' })).toEqual(['automated_decision']);
  });

  it('territorial scope: EU/EEA codes only (GB and US dropped), from codes or from older scope texts', () => {
    expect(
      toTdbStatement(row({ ...base, territorialScope: ['FR', 'GB', 'US', 'be'] })).territorial_scope,
    ).toEqual(['BE', 'FR']);
    expect(
      toTdbStatement(row({ ...base, territorialScope: ['GB', 'US'] })).territorial_scope,
    ).toBeUndefined();
    const older = { ...row(base), territorialCodes: null, territorialScope: 'France, Belgium' };
    expect(toTdbStatement(older).territorial_scope).toEqual(['BE', 'FR']);
    const p = toTdbStatement(row(base));
    expect(fieldsOf({ ...p, territorial_scope: ['FR', 'GB'] })).toEqual(['territorial_scope']);
    expect(fieldsOf({ ...p, territorial_scope: ['NO', 'IS', 'LI'] })).toEqual([]);
  });

  it('dates are YYYY-MM-DD in bounds: content 2000-01-01..2038-01-01, application ≥ 2020-01-01, ends after it', () => {
    const p = toTdbStatement(row({ ...base, contentDate: new Date('2025-03-02T23:30:00Z') }));
    expect(p.content_date).toBe('2025-03-02');
    expect(validateTdbStatement(p)).toEqual([]);
    expect(fieldsOf({ ...p, content_date: '1999-12-31' })).toEqual(['content_date']);
    expect(fieldsOf({ ...p, content_date: '2038-01-02' })).toEqual(['content_date']);
    expect(fieldsOf({ ...p, content_date: '2025-02-30' })).toEqual(['content_date']);
    expect(fieldsOf({ ...p, content_date: '02/03/2025' })).toEqual(['content_date']);
    expect(fieldsOf({ ...p, content_date: undefined })).toEqual(['content_date']);
    expect(fieldsOf({ ...p, application_date: '2019-12-31' })).toEqual(['application_date']);
    expect(fieldsOf({ ...p, end_date_account_restriction: '2026-11-20' })).toEqual([
      'end_date_account_restriction',
    ]);
    expect(fieldsOf({ ...p, end_date_account_restriction: '2026-11-21' })).toEqual([]);
    // A content date after the measure or before 2000 is brought within bounds.
    const older = { ...row(base), contentDate: '1998-05-01' };
    expect(toTdbStatement(older).content_date).toBe('2000-01-01');
    expect(toTdbStatement({ ...row(base), contentDate: '2027-01-01' }).content_date).toBe('2026-11-21');
  });

  it('derives content type and category for rows written before they were stored', () => {
    const older = { ...row({ ...base, measure: 'content_removal', reasonCode: 'review_offensive' }) };
    Object.assign(older, {
      contentType: null,
      contentTypeOther: null,
      category: null,
      contentDate: null,
      publicFacts: null,
      publicExplanation: null,
      accountType: null,
    });
    const p = toTdbStatement(older);
    expect(p).toMatchObject({
      content_type: ['CONTENT_TYPE_TEXT'],
      category: 'STATEMENT_CATEGORY_ILLEGAL_OR_HARMFUL_SPEECH',
    });
    expect(validateTdbStatement(p)).toEqual([]);
  });

  it('fits long grounds and facts into the limits (500, 2000, 5000)', () => {
    const long = row({
      ...base,
      ground: { type: 'incompatible_terms', contractualGround: 'g'.repeat(500) },
      publicFacts: 'f'.repeat(5000),
    });
    const p = toTdbStatement({ ...long, publicExplanation: 'e'.repeat(3000) });
    expect(p.incompatible_content_ground).toHaveLength(500);
    expect(p.incompatible_content_explanation).toHaveLength(2000);
    expect(p.decision_facts).toHaveLength(5000);
    expect(validateTdbStatement(p)).toEqual([]);
    expect(fieldsOf({ ...p, decision_facts: 'f'.repeat(5001) })).toEqual(['decision_facts']);
    expect(fieldsOf({ ...p, decision_facts: ' ' })).toEqual(['decision_facts']);
  });

  it('puid: unique per statement, ≤ 500, ^[a-zA-Z0-9-_]+$', () => {
    fc.assert(
      fc.property(fc.uuid(), (id) => {
        const puid = puidFor(id);
        expect(puid).toMatch(PUID_PATTERN);
        expect(puid.length).toBeLessThanOrEqual(500);
        expect(puid).toBe(`reloop-sor-${id}`);
      }),
    );
    fc.assert(fc.property(fc.uuid(), fc.uuid(), (a, b) => a === b || puidFor(a) !== puidFor(b)));
    const p = toTdbStatement(row(base));
    expect(fieldsOf({ ...p, puid: 'has space' })).toEqual(['puid']);
    expect(fieldsOf({ ...p, puid: 'a/b' })).toEqual(['puid']);
    expect(fieldsOf({ ...p, puid: 'x'.repeat(501) })).toEqual(['puid']);
    expect(fieldsOf({ ...p, puid: '' })).toEqual(['puid']);
    expect(fieldsOf({ ...p, category: 'STATEMENT_CATEGORY_GOSSIP' })).toEqual(['category']);
  });

  it('any valid statement maps to a payload the validator accepts, free of the emails and phones it held', () => {
    const measures = Object.keys(STATEMENT_MEASURES) as StatementMeasure[];
    const text = fc.string({ minLength: 1, maxLength: 300 }).filter((s) => s.trim().length > 0);
    const input: fc.Arbitrary<StatementInput> = fc.record({
      subjectUserId: fc.option(fc.nat(), { nil: null }),
      measure: fc.constantFrom(...measures),
      territorialScope: fc.option(fc.uniqueArray(fc.constantFrom(...MARKET_CODES), { minLength: 1 }), {
        nil: undefined,
      }),
      reasonCode: fc.stringMatching(/^[a-z_]{1,40}$/),
      facts: text.map((t) => `${t} contact: someone@mail.example, +44 20 7946 0958`),
      source: fc.constantFrom('own_initiative' as const, 'notice' as const),
      automatedDetection: fc.boolean(),
      automatedDecision: fc.boolean(),
      ground: fc.oneof(
        text.map((g) => ({ type: 'illegal_content' as const, legalGround: g })),
        text.map((g) => ({ type: 'incompatible_terms' as const, contractualGround: g })),
      ),
      explanation: text,
      audience: fc.constantFrom('user' as const, 'seller' as const),
      decidedBy: fc.option(fc.nat(), { nil: null }),
      contentType: fc.option(fc.constantFrom(...TDB_CONTENT_TYPES), { nil: undefined }),
      category: fc.option(fc.constantFrom(...TDB_CATEGORIES), { nil: undefined }),
      publicFacts: fc.option(
        text.map((t) => `${t} see a@b.example`),
        { nil: undefined },
      ),
    });
    fc.assert(
      fc.property(
        input,
        fc.uuid(),
        fc.date({ min: new Date('2020-01-02'), max: new Date('2037-12-31'), noInvalidDate: true }),
        (i, id, at) => {
          const temporary = STATEMENT_MEASURES[i.measure].temporary;
          const withEnd = temporary ? { ...i, endsAt: new Date(at.getTime() + 86_400_000) } : i;
          const p = toTdbStatement(row(withEnd, at, id));
          expect(validateTdbStatement(p)).toEqual([]);
          expect(JSON.stringify(p)).not.toContain('someone@mail.example');
          // The phone number, not its digits alone: a random statement id may hold "7946" too.
          const { puid: _puid, ...withoutId } = p;
          expect(JSON.stringify(withoutId)).not.toMatch(/7946|\+44/);
        },
      ),
      { numRuns: 300 },
    );
  });
});
