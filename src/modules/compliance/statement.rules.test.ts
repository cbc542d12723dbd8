import { describe, expect, it } from 'vitest';
import { AppError } from '../../platform/errors.ts';
import {
  ALL_MARKETS_SCOPE,
  buildStatement,
  SELLER_REDRESS,
  type StatementInput,
  territorialScopeText,
  USER_REDRESS,
} from './statement.rules.ts';

const AT = new Date('2026-11-21T12:00:00Z');
const base: StatementInput = {
  subjectUserId: 7,
  measure: 'account_termination',
  reasonCode: 'false_identity',
  facts: 'The registered company was dissolved in 2024.',
  source: 'own_initiative',
  ground: { type: 'incompatible_terms', contractualGround: 'Terms of use §3.2' },
  explanation: 'False or misleading account information.',
  audience: 'user',
  decidedBy: 1,
};

/** The field names of the INVALID_INPUT a statement is refused with. */
function refusedFields(input: StatementInput): string[] {
  try {
    buildStatement(input, AT);
  } catch (e) {
    expect(e).toBeInstanceOf(AppError);
    expect((e as AppError).code).toBe('INVALID_INPUT');
    return (e as AppError).fields.map((f) => f.field).sort();
  }
  throw new Error('the statement was accepted');
}

describe('statement of reasons rules (DSA Art. 17)', () => {
  it('builds a complete statement: all markets, indefinite, not automated, effective now', () => {
    expect(buildStatement(base, AT)).toEqual({
      subjectUserId: 7,
      measure: 'account_termination',
      territorialScope: ALL_MARKETS_SCOPE,
      endsAt: null,
      reasonCode: 'false_identity',
      facts: 'The registered company was dissolved in 2024.',
      source: 'own_initiative',
      automatedDetection: false,
      automatedDecision: false,
      groundType: 'incompatible_terms',
      legalGround: null,
      contractualGround: 'Terms of use §3.2',
      explanation: 'False or misleading account information.',
      redress: USER_REDRESS,
      decidedBy: 1,
      effectiveAt: AT,
      createdAt: AT,
      territorialCodes: null,
      contentType: 'CONTENT_TYPE_OTHER',
      contentTypeOther: 'User or seller account on the marketplace',
      category: 'STATEMENT_CATEGORY_SCAMS_AND_FRAUD',
      accountType: null,
      contentDate: '2026-11-21',
      publicFacts: expect.stringContaining('Reason: false identity.'),
      publicExplanation: expect.stringContaining('incompatible with Terms of use §3.2'),
    });
  });

  it('keeps what the Transparency Database needs: codes, content type, category, date, public texts', () => {
    const s = buildStatement(
      {
        ...base,
        measure: 'content_removal',
        audience: 'seller',
        territorialScope: ['fr', 'BE', 'FR'],
        contentType: 'CONTENT_TYPE_PRODUCT',
        category: 'STATEMENT_CATEGORY_UNSAFE_AND_PROHIBITED_PRODUCTS',
        contentDate: new Date('2026-10-01T08:00:00Z'),
        publicFacts: 'An offer of a phone with a swollen battery, reported by buyer@mail.example.',
      },
      AT,
    );
    expect(s).toMatchObject({
      territorialCodes: ['BE', 'FR'],
      contentType: 'CONTENT_TYPE_PRODUCT',
      contentTypeOther: null,
      category: 'STATEMENT_CATEGORY_UNSAFE_AND_PROHIBITED_PRODUCTS',
      accountType: 'ACCOUNT_TYPE_BUSINESS',
      contentDate: '2026-10-01',
      publicFacts: 'An offer of a phone with a swollen battery, reported by [email removed].',
    });
    expect(refusedFields({ ...base, contentDate: new Date('2026-12-01T00:00:00Z') })).toEqual([
      'contentDate',
    ]);
    expect(refusedFields({ ...base, contentDate: new Date('1999-12-31T00:00:00Z') })).toEqual([
      'contentDate',
    ]);
    expect(refusedFields({ ...base, publicFacts: 'x'.repeat(5001) })).toEqual(['publicFacts']);
    expect(refusedFields({ ...base, publicExplanation: 'x'.repeat(2001) })).toEqual(['publicExplanation']);
  });

  it('refuses a statement without facts, explanation, reason or ground (Art. 17(3)(b), (d), (e))', () => {
    expect(
      refusedFields({
        ...base,
        facts: '  ',
        explanation: '',
        reasonCode: '',
        ground: { type: 'incompatible_terms', contractualGround: '' },
      }),
    ).toEqual(['contractualGround', 'explanation', 'facts', 'reasonCode']);
    expect(refusedFields({ ...base, ground: { type: 'illegal_content', legalGround: '' } })).toEqual([
      'legalGround',
    ]);
    expect(refusedFields({ ...base, facts: 'x'.repeat(5001) })).toEqual(['facts']);
    expect(refusedFields({ ...base, measure: 'shadow_ban' as never })).toEqual(['measure']);
  });

  it('keeps the legal ground of illegal content, and its contractual ground when there is one', () => {
    const s = buildStatement(
      { ...base, ground: { type: 'illegal_content', legalGround: 'Art. L. 121-1 Code de la consommation' } },
      AT,
    );
    expect(s).toMatchObject({
      groundType: 'illegal_content',
      legalGround: 'Art. L. 121-1 Code de la consommation',
      contractualGround: null,
    });
  });

  it('names the territorial scope: every market, or the markets concerned', () => {
    expect(territorialScopeText(undefined)).toBe(ALL_MARKETS_SCOPE);
    expect(territorialScopeText(['de', 'FR', 'FR'])).toBe('France, Germany');
    expect(territorialScopeText(['FR', 'DE', 'NL', 'SE', 'BE', 'ES', 'IT', 'GB', 'US'])).toBe(
      ALL_MARKETS_SCOPE,
    );
    expect(buildStatement({ ...base, territorialScope: ['IT'] }, AT).territorialScope).toBe('Italy');
    expect(refusedFields({ ...base, territorialScope: [] })).toEqual(['territorialScope']);
    expect(refusedFields({ ...base, territorialScope: ['FR', 'XX'] })).toEqual(['territorialScope']);
  });

  it('tells the addressee the redress open to them (Art. 17(3)(f)): complaint, out-of-court, court', () => {
    const user = buildStatement(base, AT).redress;
    const seller = buildStatement(
      { ...base, measure: 'suspension_of_service', audience: 'seller' },
      AT,
    ).redress;
    expect(user).toBe(USER_REDRESS);
    expect(seller).toBe(SELLER_REDRESS);
    for (const r of [user, seller]) {
      expect(r).toMatch(/internal complaint.*6 months.*out-of-court dispute settlement.*court/s);
      expect(r).toContain('free of charge');
    }
    expect(seller).toContain('every owner of the shop');
    for (const r of [user, seller]) expect(r).toContain('complaint form');
  });

  it('gives a temporary measure its end date, refuses one on a termination or in the past', () => {
    const ends = new Date('2026-12-21T12:00:00Z');
    expect(buildStatement({ ...base, measure: 'suspension_of_service', endsAt: ends }, AT).endsAt).toEqual(
      ends,
    );
    expect(buildStatement({ ...base, measure: 'account_suspension', endsAt: null }, AT).endsAt).toBeNull();
    expect(refusedFields({ ...base, measure: 'account_termination', endsAt: ends })).toEqual(['endsAt']);
    expect(refusedFields({ ...base, measure: 'account_suspension', endsAt: AT })).toEqual(['endsAt']);
  });

  it('records automated detection and decision when said (Art. 17(3)(c))', () => {
    expect(
      buildStatement({ ...base, automatedDetection: true, automatedDecision: true, decidedBy: null }, AT),
    ).toMatchObject({ automatedDetection: true, automatedDecision: true, decidedBy: null });
  });
});
