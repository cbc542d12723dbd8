import { AppError, type FieldIssue } from '../../platform/errors.ts';
import { MARKETS } from '../../platform/markets.ts';
import {
  CONTENT_DATE_BOUNDS,
  publicExplanationFor,
  publicFactsFor,
  scrubPersonalData,
  TDB_LIMITS,
  type TdbAccountType,
  type TdbCategory,
  type TdbContentType,
  tdbDefaults,
} from './tdb.rules.ts';

/**
 * The DSA Art. 17 statement of reasons, as pure rules: which measures exist, which of them may be
 * temporary, the territorial scope and redress texts, and the checks of Art. 17(3) on a
 * statement before it is stored. No I/O here; issue-statement-of-reasons.ts stores it.
 */

/** Art. 17(1) measures. `temporary`: whether an end date makes sense (a termination has none). */
export const STATEMENT_MEASURES = {
  /** (a) visibility restrictions. */
  content_removal: { label: 'Removal of content', temporary: false },
  visibility_restriction: { label: 'Restriction of visibility', temporary: true },
  /** (b) monetary payments. */
  monetary_suspension: { label: 'Suspension of monetary payments', temporary: true },
  monetary_termination: { label: 'Termination of monetary payments', temporary: false },
  /** (c) the service, in whole or in part (for sellers: selling on Reloop). */
  suspension_of_service: { label: 'Suspension of the service', temporary: true },
  termination_of_service: { label: 'Termination of the service', temporary: false },
  /** (d) the account. */
  account_suspension: { label: 'Suspension of the account', temporary: true },
  account_termination: { label: 'Termination of the account', temporary: false },
} as const;
export type StatementMeasure = keyof typeof STATEMENT_MEASURES;

/** The territorial scope of a measure taken on every Reloop market. */
export const ALL_MARKETS_SCOPE = 'EEA, United Kingdom and United States (all Reloop markets)';

/** DSA Art. 17(3)(f): the redress a statement to a user (buyer account) mentions. */
export const USER_REDRESS =
  'You may contest this decision free of charge through our internal complaint system within 6 months (with the complaint form linked in the email that told you of it), refer it to a certified out-of-court dispute settlement body, or go to court.';

/** DSA Art. 17(3)(f): the redress a statement to a seller mentions (any owner may complain). */
export const SELLER_REDRESS =
  'You may contest this decision free of charge through our internal complaint system within 6 months (with the complaint form linked in the email that told you of it, open to every owner of the shop), refer it to a certified out-of-court dispute settlement body, or go to court.';

export const REDRESS_BY_AUDIENCE = { user: USER_REDRESS, seller: SELLER_REDRESS } as const;
export type StatementAudience = keyof typeof REDRESS_BY_AUDIENCE;

/** Art. 17(3)(d)/(e): the legal ground of illegal content, or the contractual ground otherwise. */
export type StatementGround =
  | { type: 'illegal_content'; legalGround: string; contractualGround?: string | null }
  | { type: 'incompatible_terms'; contractualGround: string };

export type StatementInput = {
  /** The user the statement is addressed to (null: no account known, e.g. a seller without owner). */
  subjectUserId: number | null;
  measure: StatementMeasure;
  /** Market codes the measure applies to; every market when omitted. */
  territorialScope?: readonly string[];
  /** When a temporary measure ends; null or omitted = indefinite. */
  endsAt?: Date | null;
  /** The caller's reason code (e.g. 'false_identity', 'quality_criteria'). */
  reasonCode: string;
  /** Art. 17(3)(b): facts and circumstances. */
  facts: string;
  /** Art. 17(3)(b): own initiative or a notice (Art. 16). */
  source: 'own_initiative' | 'notice';
  /** Art. 17(3)(c). Both false unless said otherwise. */
  automatedDetection?: boolean;
  automatedDecision?: boolean;
  ground: StatementGround;
  /** Why the facts fall under the ground, in plain words. */
  explanation: string;
  /** Whom it is addressed to: chooses the redress text (Art. 17(3)(f)). */
  audience: StatementAudience;
  /** The operator who decided; null for a fully automated decision. */
  decidedBy: number | null;
  /**
   * For the DSA Transparency Database (tdb.rules.ts), each defaulted from the measure and reason
   * when left out: what the restricted content is (an offer: CONTENT_TYPE_PRODUCT, a review:
   * CONTENT_TYPE_TEXT, an account: CONTENT_TYPE_OTHER), its category, when it was posted.
   */
  contentType?: TdbContentType;
  /** Required with CONTENT_TYPE_OTHER when given (else a default text). */
  contentTypeOther?: string;
  category?: TdbCategory;
  /** Business for sellers unless said otherwise; left out for users (a buyer may be either). */
  accountType?: TdbAccountType;
  contentDate?: Date;
  /**
   * Facts and explanation for the public database, free of personal data (no names, emails,
   * order numbers); written from the measure, reason and grounds when left out.
   */
  publicFacts?: string;
  publicExplanation?: string;
};

/** The row a statement becomes (the columns of statements_of_reasons but id). */
export type StatementValues = {
  subjectUserId: number | null;
  measure: StatementMeasure;
  territorialScope: string;
  endsAt: Date | null;
  reasonCode: string;
  facts: string;
  source: 'own_initiative' | 'notice';
  automatedDetection: boolean;
  automatedDecision: boolean;
  groundType: 'illegal_content' | 'incompatible_terms';
  legalGround: string | null;
  contractualGround: string | null;
  explanation: string;
  redress: string;
  decidedBy: number | null;
  effectiveAt: Date;
  createdAt: Date;
  territorialCodes: string[] | null;
  contentType: TdbContentType;
  contentTypeOther: string | null;
  category: TdbCategory;
  accountType: TdbAccountType | null;
  contentDate: string;
  publicFacts: string;
  publicExplanation: string;
};

/**
 * Lengths a statement may not exceed: the transparency database's decision_facts (5000) and
 * grounds (500). Explanations get 5000 too: they quote the operator's facts (up to 2000) after a
 * label, and the transparency export shortens them to its 2000.
 */
export const STATEMENT_LIMITS = { facts: 5000, explanation: 5000, ground: 500, reasonCode: 100 } as const;

/** `['FR', 'DE']` → 'France, Germany'; every market → ALL_MARKETS_SCOPE. Unknown codes are refused. */
export function territorialScopeText(codes: readonly string[] | undefined): string | FieldIssue {
  if (codes === undefined) return ALL_MARKETS_SCOPE;
  const wanted = [...new Set(codes.map((c) => c.trim().toUpperCase()))];
  if (wanted.length === 0) return { field: 'territorialScope', message: 'must name at least one market' };
  const unknown = wanted.filter((c) => !MARKETS.some((m) => m.code === c));
  if (unknown.length) return { field: 'territorialScope', message: `unknown market ${unknown.join(', ')}` };
  if (MARKETS.every((m) => wanted.includes(m.code))) return ALL_MARKETS_SCOPE;
  return MARKETS.filter((m) => wanted.includes(m.code))
    .map((m) => m.name)
    .join(', ');
}

/**
 * Check a statement against Art. 17(3) and build its row, effective at `at`. Throws INVALID_INPUT
 * naming every missing or wrong field: a statement that cannot support effective redress is never
 * stored.
 */
export function buildStatement(input: StatementInput, at: Date): StatementValues {
  const issues: FieldIssue[] = [];
  const required = (field: string, value: string | null | undefined, max: number): string => {
    const v = (value ?? '').trim();
    if (!v) issues.push({ field, message: 'is required' });
    else if (v.length > max) issues.push({ field, message: `must be at most ${max} characters` });
    return v;
  };
  const measure = STATEMENT_MEASURES[input.measure];
  if (!measure) issues.push({ field: 'measure', message: 'is not a measure of DSA Art. 17(1)' });
  const reasonCode = required('reasonCode', input.reasonCode, STATEMENT_LIMITS.reasonCode);
  const facts = required('facts', input.facts, STATEMENT_LIMITS.facts);
  const explanation = required('explanation', input.explanation, STATEMENT_LIMITS.explanation);
  let legalGround: string | null = null;
  let contractualGround: string | null = null;
  if (input.ground.type === 'illegal_content') {
    legalGround = required('legalGround', input.ground.legalGround, STATEMENT_LIMITS.ground);
    contractualGround = input.ground.contractualGround?.trim() || null;
  } else if (input.ground.type === 'incompatible_terms') {
    contractualGround = required(
      'contractualGround',
      input.ground.contractualGround,
      STATEMENT_LIMITS.ground,
    );
  } else {
    issues.push({ field: 'ground', message: 'must be illegal content or incompatibility with the terms' });
  }
  const scope = territorialScopeText(input.territorialScope);
  if (typeof scope !== 'string') issues.push(scope);
  const endsAt = input.endsAt ?? null;
  if (endsAt && measure && !measure.temporary)
    issues.push({ field: 'endsAt', message: `a ${input.measure} is not temporary: leave the end date out` });
  else if (endsAt && endsAt.getTime() <= at.getTime())
    issues.push({ field: 'endsAt', message: 'must be after the measure takes effect' });
  const redress = REDRESS_BY_AUDIENCE[input.audience];
  if (!redress) issues.push({ field: 'audience', message: 'must be user or seller' });
  const contentDate = (input.contentDate ?? at).toISOString().slice(0, 10);
  if (
    input.contentDate &&
    (contentDate < CONTENT_DATE_BOUNDS.min || input.contentDate.getTime() > at.getTime())
  )
    issues.push({
      field: 'contentDate',
      message: `must be between ${CONTENT_DATE_BOUNDS.min} and the measure`,
    });
  const contentTypeOther = input.contentTypeOther?.trim() || null;
  if (contentTypeOther && contentTypeOther.length > TDB_LIMITS.short)
    issues.push({ field: 'contentTypeOther', message: `must be at most ${TDB_LIMITS.short} characters` });
  const publicFacts = input.publicFacts?.trim() ? scrubPersonalData(input.publicFacts.trim()) : null;
  if (publicFacts && publicFacts.length > TDB_LIMITS.facts)
    issues.push({ field: 'publicFacts', message: `must be at most ${TDB_LIMITS.facts} characters` });
  const publicExplanation = input.publicExplanation?.trim()
    ? scrubPersonalData(input.publicExplanation.trim())
    : null;
  if (publicExplanation && publicExplanation.length > TDB_LIMITS.explanation)
    issues.push({
      field: 'publicExplanation',
      message: `must be at most ${TDB_LIMITS.explanation} characters`,
    });
  if (issues.length)
    throw AppError.invalid(issues, 'This statement of reasons is incomplete (DSA Art. 17(3))');
  const structured = {
    measure: input.measure,
    reasonCode,
    source: input.source,
    automatedDetection: input.automatedDetection ?? false,
    automatedDecision: input.automatedDecision ?? false,
    groundType: input.ground.type,
    legalGround,
    contractualGround,
  };
  const defaults = tdbDefaults(structured);
  const contentType = input.contentType ?? defaults.contentType;
  return {
    subjectUserId: input.subjectUserId,
    measure: input.measure,
    territorialScope: scope as string,
    endsAt,
    reasonCode,
    facts,
    source: input.source,
    automatedDetection: input.automatedDetection ?? false,
    automatedDecision: input.automatedDecision ?? false,
    groundType: input.ground.type,
    legalGround,
    contractualGround,
    explanation,
    redress,
    decidedBy: input.decidedBy,
    effectiveAt: at,
    createdAt: at,
    territorialCodes:
      input.territorialScope === undefined
        ? null
        : [...new Set(input.territorialScope.map((c) => c.trim().toUpperCase()))].sort(),
    contentType,
    contentTypeOther:
      contentType === 'CONTENT_TYPE_OTHER' ? (contentTypeOther ?? defaults.contentTypeOther) : null,
    category: input.category ?? defaults.category,
    accountType: input.accountType ?? (input.audience === 'seller' ? 'ACCOUNT_TYPE_BUSINESS' : null),
    contentDate,
    publicFacts: publicFacts ?? publicFactsFor(structured),
    publicExplanation: publicExplanation ?? publicExplanationFor(structured),
  };
}
