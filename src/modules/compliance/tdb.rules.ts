import type { FieldIssue } from '../../platform/errors.ts';
import { MARKETS } from '../../platform/markets.ts';

/**
 * The DSA Transparency Database (Art. 24(5)) as pure rules: its vocabulary, the mapping of a
 * stored statement of reasons to its `StatementStoreRequest` JSON, and a validator of every field
 * rule of that request (domain-rules §4), so nothing leaves that the database would refuse. What
 * is sent is free of personal data by construction: facts and explanations are written from the
 * statement's structured fields (measure, reason, grounds), never from the free text addressed to
 * the user, and scrubbed of emails and phone numbers as a safety net.
 */

export const TDB_DECISION_VISIBILITY = [
  'DECISION_VISIBILITY_CONTENT_REMOVED',
  'DECISION_VISIBILITY_CONTENT_DISABLED',
  'DECISION_VISIBILITY_CONTENT_DEMOTED',
  'DECISION_VISIBILITY_CONTENT_AGE_RESTRICTED',
  'DECISION_VISIBILITY_CONTENT_INTERACTION_RESTRICTED',
  'DECISION_VISIBILITY_CONTENT_LABELLED',
  'DECISION_VISIBILITY_OTHER',
] as const;
export const TDB_DECISION_MONETARY = [
  'DECISION_MONETARY_SUSPENSION',
  'DECISION_MONETARY_TERMINATION',
  'DECISION_MONETARY_OTHER',
] as const;
export const TDB_DECISION_PROVISION = [
  'DECISION_PROVISION_PARTIAL_SUSPENSION',
  'DECISION_PROVISION_TOTAL_SUSPENSION',
  'DECISION_PROVISION_PARTIAL_TERMINATION',
  'DECISION_PROVISION_TOTAL_TERMINATION',
] as const;
export const TDB_DECISION_ACCOUNT = ['DECISION_ACCOUNT_SUSPENDED', 'DECISION_ACCOUNT_TERMINATED'] as const;
export const TDB_ACCOUNT_TYPES = ['ACCOUNT_TYPE_BUSINESS', 'ACCOUNT_TYPE_PRIVATE'] as const;
export const TDB_DECISION_GROUNDS = [
  'DECISION_GROUND_ILLEGAL_CONTENT',
  'DECISION_GROUND_INCOMPATIBLE_CONTENT',
] as const;
export const TDB_CONTENT_TYPES = [
  'CONTENT_TYPE_APP',
  'CONTENT_TYPE_AUDIO',
  'CONTENT_TYPE_IMAGE',
  'CONTENT_TYPE_PRODUCT',
  'CONTENT_TYPE_SYNTHETIC_MEDIA',
  'CONTENT_TYPE_TEXT',
  'CONTENT_TYPE_VIDEO',
  'CONTENT_TYPE_OTHER',
] as const;
export const TDB_CATEGORIES = [
  'STATEMENT_CATEGORY_ANIMAL_WELFARE',
  'STATEMENT_CATEGORY_CONSUMER_INFORMATION',
  'STATEMENT_CATEGORY_CYBER_VIOLENCE',
  'STATEMENT_CATEGORY_CYBER_VIOLENCE_AGAINST_WOMEN',
  'STATEMENT_CATEGORY_DATA_PROTECTION_AND_PRIVACY_VIOLATIONS',
  'STATEMENT_CATEGORY_ILLEGAL_OR_HARMFUL_SPEECH',
  'STATEMENT_CATEGORY_INTELLECTUAL_PROPERTY_INFRINGEMENTS',
  'STATEMENT_CATEGORY_NEGATIVE_EFFECTS_ON_CIVIC_DISCOURSE_OR_ELECTIONS',
  'STATEMENT_CATEGORY_NOT_SPECIFIED_NOTICE',
  'STATEMENT_CATEGORY_OTHER_VIOLATION_TC',
  'STATEMENT_CATEGORY_PROTECTION_OF_MINORS',
  'STATEMENT_CATEGORY_RISK_FOR_PUBLIC_SECURITY',
  'STATEMENT_CATEGORY_SCAMS_AND_FRAUD',
  'STATEMENT_CATEGORY_SELF_HARM',
  'STATEMENT_CATEGORY_UNSAFE_AND_PROHIBITED_PRODUCTS',
  'STATEMENT_CATEGORY_VIOLENCE',
] as const;
export const TDB_SOURCE_TYPES = [
  'SOURCE_ARTICLE_16',
  'SOURCE_TRUSTED_FLAGGER',
  'SOURCE_TYPE_OTHER_NOTIFICATION',
  'SOURCE_VOLUNTARY',
] as const;
export const TDB_AUTOMATED_DECISIONS = [
  'AUTOMATED_DECISION_FULLY',
  'AUTOMATED_DECISION_PARTIALLY',
  'AUTOMATED_DECISION_NOT_AUTOMATED',
] as const;
/** The 27 Member States and the three other EEA states: the only codes territorial_scope takes. */
// biome-ignore format: a table
export const EU_EEA_COUNTRIES = [
  'AT', 'BE', 'BG', 'CY', 'CZ', 'DE', 'DK', 'EE', 'ES', 'FI', 'FR', 'GR', 'HR', 'HU', 'IE', 'IT', 'LT',
  'LU', 'LV', 'MT', 'NL', 'PL', 'PT', 'RO', 'SE', 'SI', 'SK', 'IS', 'LI', 'NO',
] as const;

export type TdbContentType = (typeof TDB_CONTENT_TYPES)[number];
export type TdbCategory = (typeof TDB_CATEGORIES)[number];
export type TdbAccountType = (typeof TDB_ACCOUNT_TYPES)[number];

/** The field limits of StatementStoreRequest. */
export const TDB_LIMITS = { facts: 5000, explanation: 2000, short: 500, puid: 500 } as const;
export const PUID_PATTERN = /^[a-zA-Z0-9-_]+$/;
export const CONTENT_DATE_BOUNDS = { min: '2000-01-01', max: '2038-01-01' } as const;
export const APPLICATION_DATE_MIN = '2020-01-01';
/** At most this many statements per call of the bulk endpoint. */
export const TDB_BATCH_SIZE = 100;

/** The puid of a statement: its id behind a fixed prefix, so it is unique and never reused. */
export function puidFor(statementId: string): string {
  return `reloop-sor-${statementId}`;
}

/** The request body of `POST /api/v1/statement` (and each item of `/statements`). */
export type TdbStatement = {
  decision_visibility?: string[];
  decision_visibility_other?: string;
  end_date_visibility_restriction?: string;
  decision_monetary?: string;
  decision_monetary_other?: string;
  end_date_monetary_restriction?: string;
  decision_provision?: string;
  end_date_service_restriction?: string;
  decision_account?: string;
  end_date_account_restriction?: string;
  account_type?: string;
  decision_ground: string;
  decision_ground_reference_url?: string;
  illegal_content_legal_ground?: string;
  illegal_content_explanation?: string;
  incompatible_content_ground?: string;
  incompatible_content_explanation?: string;
  incompatible_content_illegal?: 'Yes' | 'No';
  content_type: string[];
  content_type_other?: string;
  category: string;
  territorial_scope?: string[];
  content_date: string;
  application_date: string;
  decision_facts: string;
  source_type: string;
  source_identity?: string;
  automated_detection: 'Yes' | 'No';
  automated_decision: string;
  puid: string;
};

/** What the mapping reads of a stored statement (a row of statements_of_reasons). */
export type TdbSource = {
  id: string;
  puid: string;
  measure: string;
  territorialScope: string;
  territorialCodes: string[] | null;
  endsAt: Date | null;
  reasonCode: string;
  source: 'own_initiative' | 'notice';
  automatedDetection: boolean;
  automatedDecision: boolean;
  groundType: 'illegal_content' | 'incompatible_terms';
  legalGround: string | null;
  contractualGround: string | null;
  decidedBy: number | null;
  effectiveAt: Date;
  createdAt: Date;
  contentType: string | null;
  contentTypeOther: string | null;
  category: string | null;
  accountType: string | null;
  contentDate: string | null;
  publicFacts: string | null;
  publicExplanation: string | null;
};

type MeasureMapping = {
  field: 'decision_visibility' | 'decision_monetary' | 'decision_provision' | 'decision_account';
  value: string;
  endField: keyof TdbStatement;
};
/**
 * Art. 17(1) measures → the database's decision fields. A seller suspended from selling, or a
 * buyer from reviewing, keeps the rest of the service: a partial suspension or termination.
 */
export const MEASURE_TO_TDB: Record<string, MeasureMapping> = {
  content_removal: {
    field: 'decision_visibility',
    value: 'DECISION_VISIBILITY_CONTENT_REMOVED',
    endField: 'end_date_visibility_restriction',
  },
  visibility_restriction: {
    field: 'decision_visibility',
    value: 'DECISION_VISIBILITY_CONTENT_DISABLED',
    endField: 'end_date_visibility_restriction',
  },
  monetary_suspension: {
    field: 'decision_monetary',
    value: 'DECISION_MONETARY_SUSPENSION',
    endField: 'end_date_monetary_restriction',
  },
  monetary_termination: {
    field: 'decision_monetary',
    value: 'DECISION_MONETARY_TERMINATION',
    endField: 'end_date_monetary_restriction',
  },
  suspension_of_service: {
    field: 'decision_provision',
    value: 'DECISION_PROVISION_PARTIAL_SUSPENSION',
    endField: 'end_date_service_restriction',
  },
  termination_of_service: {
    field: 'decision_provision',
    value: 'DECISION_PROVISION_PARTIAL_TERMINATION',
    endField: 'end_date_service_restriction',
  },
  account_suspension: {
    field: 'decision_account',
    value: 'DECISION_ACCOUNT_SUSPENDED',
    endField: 'end_date_account_restriction',
  },
  account_termination: {
    field: 'decision_account',
    value: 'DECISION_ACCOUNT_TERMINATED',
    endField: 'end_date_account_restriction',
  },
};

/** Words of a reason code that name a category of the database (first match wins). */
const CATEGORY_HINTS: Array<[RegExp, TdbCategory]> = [
  [/unsafe|prohibited|recall|dangerous|illegal_product/, 'STATEMENT_CATEGORY_UNSAFE_AND_PROHIBITED_PRODUCTS'],
  [/counterfeit|trademark|copyright|intellectual/, 'STATEMENT_CATEGORY_INTELLECTUAL_PROPERTY_INFRINGEMENTS'],
  [/fraud|scam|false_identity|not_authentic|fake|phishing/, 'STATEMENT_CATEGORY_SCAMS_AND_FRAUD'],
  [/personal_data|privacy/, 'STATEMENT_CATEGORY_DATA_PROTECTION_AND_PRIVACY_VIOLATIONS'],
  [/discriminat|hate|offensive/, 'STATEMENT_CATEGORY_ILLEGAL_OR_HARMFUL_SPEECH'],
  [/misleading|consumer|trader_information|grading/, 'STATEMENT_CATEGORY_CONSUMER_INFORMATION'],
];

export type TdbDefaults = {
  contentType: TdbContentType;
  contentTypeOther: string | null;
  category: TdbCategory;
};

/**
 * What a statement is about when its caller did not say: reviews' photos are images, reviews and
 * replies text, other removed or restricted content an offer (a product); account and service
 * measures concern an account. The category follows the reason code's words, else the ground.
 */
export function tdbDefaults(s: {
  measure: string;
  reasonCode: string;
  source: 'own_initiative' | 'notice';
  groundType: 'illegal_content' | 'incompatible_terms';
}): TdbDefaults {
  const reason = s.reasonCode.toLowerCase();
  const visibility = s.measure === 'content_removal' || s.measure === 'visibility_restriction';
  const contentType: TdbContentType = !visibility
    ? 'CONTENT_TYPE_OTHER'
    : reason.startsWith('review_photos')
      ? 'CONTENT_TYPE_IMAGE'
      : reason.startsWith('review')
        ? 'CONTENT_TYPE_TEXT'
        : 'CONTENT_TYPE_PRODUCT';
  const hinted = CATEGORY_HINTS.find(([re]) => re.test(reason))?.[1];
  const category: TdbCategory =
    hinted ??
    (s.groundType === 'incompatible_terms'
      ? 'STATEMENT_CATEGORY_OTHER_VIOLATION_TC'
      : s.source === 'notice'
        ? 'STATEMENT_CATEGORY_NOT_SPECIFIED_NOTICE'
        : 'STATEMENT_CATEGORY_CONSUMER_INFORMATION');
  return {
    contentType,
    contentTypeOther:
      contentType === 'CONTENT_TYPE_OTHER' ? 'User or seller account on the marketplace' : null,
    category,
  };
}

const EMAIL = /[^\s@<>()"',;:]+@[^\s@<>()"',;:]+\.[a-z]{2,}/gi;
/** A run that looks like a phone number: 9 or more digits with the usual separators. */
const PHONE_LIKE = /\+?\(?\d[\d\s().-]{7,}\d/g;

/** Remove emails and phone numbers: the safety net of a text meant to be free of personal data. */
export function scrubPersonalData(text: string): string {
  return text
    .replace(EMAIL, '[email removed]')
    .replace(PHONE_LIKE, (m) => ((m.match(/\d/g) ?? []).length >= 9 ? '[phone removed]' : m));
}

/** 'false_identity' → 'false identity'. */
export function humaniseReason(code: string): string {
  return code.replace(/[_-]+/g, ' ').trim();
}

/** Cut a text to `max` characters, marking the cut. */
export function shorten(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}

const MEASURE_WORDS: Record<string, string> = {
  content_removal: 'Removal of content',
  visibility_restriction: 'Restriction of the visibility of content',
  monetary_suspension: 'Suspension of monetary payments',
  monetary_termination: 'Termination of monetary payments',
  suspension_of_service: 'Partial suspension of the service',
  termination_of_service: 'Partial termination of the service',
  account_suspension: 'Suspension of an account',
  account_termination: 'Termination of an account',
};

/**
 * The facts and circumstances as the public database shows them: what was done, on what
 * initiative, how it was detected and decided, for which reason and on which ground — nothing
 * about who.
 */
export function publicFactsFor(s: {
  measure: string;
  reasonCode: string;
  source: 'own_initiative' | 'notice';
  automatedDetection: boolean;
  automatedDecision: boolean;
  groundType: 'illegal_content' | 'incompatible_terms';
  legalGround: string | null;
  contractualGround: string | null;
}): string {
  const ground =
    s.groundType === 'illegal_content'
      ? `illegal content under ${s.legalGround ?? 'the applicable law'}`
      : `incompatibility with ${s.contractualGround ?? 'the terms and conditions'}`;
  return scrubPersonalData(
    [
      `${MEASURE_WORDS[s.measure] ?? humaniseReason(s.measure)} on the Reloop marketplace for refurbished devices.`,
      s.source === 'notice'
        ? 'Taken after a notice submitted under Article 16 DSA.'
        : "Taken on the platform's own initiative.",
      s.automatedDetection ? 'Detected by automated means.' : 'Detected without automated means.',
      s.automatedDecision ? 'Decided with automated means.' : 'Decided by a member of staff.',
      `Reason: ${humaniseReason(s.reasonCode)}. Ground: ${ground}.`,
    ].join(' '),
  );
}

/** Why the content falls under the ground, in the database's words, without personal data. */
export function publicExplanationFor(s: {
  reasonCode: string;
  groundType: 'illegal_content' | 'incompatible_terms';
  legalGround: string | null;
  contractualGround: string | null;
}): string {
  const reason = humaniseReason(s.reasonCode);
  return scrubPersonalData(
    s.groundType === 'illegal_content'
      ? `The content or activity was found illegal under ${s.legalGround ?? 'the applicable law'} (${reason}).`
      : `The content or activity was found incompatible with ${s.contractualGround ?? 'the terms and conditions'} (${reason}).`,
  );
}

const ymd = (d: Date) => d.toISOString().slice(0, 10);
const clampDate = (d: string, min: string, max: string) => (d < min ? min : d > max ? max : d);
const EU_EEA = new Set<string>(EU_EEA_COUNTRIES);

/**
 * The market codes of a statement: its stored codes, else those its scope text names (rows from
 * before the codes were kept), else every market.
 */
export function statementMarketCodes(s: Pick<TdbSource, 'territorialCodes' | 'territorialScope'>): string[] {
  if (s.territorialCodes?.length) return s.territorialCodes;
  const named = MARKETS.filter((m) => s.territorialScope.split(', ').includes(m.name)).map((m) => m.code);
  return named.length ? named : MARKETS.map((m) => m.code);
}

/** A stored statement of reasons as the Transparency Database's StatementStoreRequest. */
export function toTdbStatement(s: TdbSource): TdbStatement {
  const defaults = tdbDefaults(s);
  const mapping = MEASURE_TO_TDB[s.measure];
  const applicationDate = clampDate(ymd(s.effectiveAt), APPLICATION_DATE_MIN, '9999-12-31');
  const contentType = (TDB_CONTENT_TYPES as readonly string[]).includes(s.contentType ?? '')
    ? s.contentType!
    : defaults.contentType;
  const scope = [...new Set(statementMarketCodes(s).filter((c) => EU_EEA.has(c)))].sort();
  const out: TdbStatement = {
    decision_ground:
      s.groundType === 'illegal_content'
        ? 'DECISION_GROUND_ILLEGAL_CONTENT'
        : 'DECISION_GROUND_INCOMPATIBLE_CONTENT',
    content_type: [contentType],
    category: (TDB_CATEGORIES as readonly string[]).includes(s.category ?? '')
      ? s.category!
      : defaults.category,
    content_date: clampDate(
      s.contentDate && s.contentDate <= applicationDate ? s.contentDate : applicationDate,
      CONTENT_DATE_BOUNDS.min,
      CONTENT_DATE_BOUNDS.max,
    ),
    application_date: applicationDate,
    decision_facts: shorten(scrubPersonalData(s.publicFacts?.trim() || publicFactsFor(s)), TDB_LIMITS.facts),
    source_type: s.source === 'notice' ? 'SOURCE_ARTICLE_16' : 'SOURCE_VOLUNTARY',
    automated_detection: s.automatedDetection ? 'Yes' : 'No',
    automated_decision: !s.automatedDecision
      ? 'AUTOMATED_DECISION_NOT_AUTOMATED'
      : s.decidedBy === null
        ? 'AUTOMATED_DECISION_FULLY'
        : 'AUTOMATED_DECISION_PARTIALLY',
    puid: s.puid,
  };
  if (mapping) {
    if (mapping.field === 'decision_visibility') out.decision_visibility = [mapping.value];
    else out[mapping.field] = mapping.value;
    if (s.endsAt) (out as Record<string, unknown>)[mapping.endField] = ymd(s.endsAt);
  }
  if (contentType === 'CONTENT_TYPE_OTHER')
    out.content_type_other = shorten(
      s.contentTypeOther?.trim() || defaults.contentTypeOther || 'Other',
      TDB_LIMITS.short,
    );
  if (s.accountType && (TDB_ACCOUNT_TYPES as readonly string[]).includes(s.accountType))
    out.account_type = s.accountType;
  if (scope.length) out.territorial_scope = scope;
  const explanation = shorten(
    scrubPersonalData(s.publicExplanation?.trim() || publicExplanationFor(s)),
    TDB_LIMITS.explanation,
  );
  if (s.groundType === 'illegal_content') {
    out.illegal_content_legal_ground = shorten(
      scrubPersonalData(s.legalGround ?? 'Applicable law'),
      TDB_LIMITS.short,
    );
    out.illegal_content_explanation = explanation;
  } else {
    out.incompatible_content_ground = shorten(
      scrubPersonalData(s.contractualGround ?? 'Terms and conditions'),
      TDB_LIMITS.short,
    );
    out.incompatible_content_explanation = explanation;
    out.incompatible_content_illegal = 'No';
  }
  return out;
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const isRealDate = (v: string) => DATE.test(v) && ymd(new Date(`${v}T00:00:00Z`)) === v;

/**
 * Every rule of StatementStoreRequest on a payload; empty when the database would accept it.
 * Written from the rules table (domain-rules §4), independently of the mapping above.
 */
export function validateTdbStatement(p: Record<string, unknown>): FieldIssue[] {
  const issues: FieldIssue[] = [];
  const bad = (field: string, message: string) => issues.push({ field, message });
  const has = (f: string) => p[f] !== undefined && p[f] !== null;
  const str = (f: string) => (typeof p[f] === 'string' ? (p[f] as string) : undefined);
  const oneOf = (f: string, values: readonly string[]) => {
    if (has(f) && !values.includes(p[f] as string)) bad(f, `must be one of ${values.join(', ')}`);
  };
  const arrayOf = (f: string, values: readonly string[], required: boolean) => {
    if (!has(f)) {
      if (required) bad(f, 'is required');
      return;
    }
    const v = p[f];
    if (!Array.isArray(v) || (required && v.length === 0)) bad(f, 'must be a non-empty array');
    else if (v.some((x) => !values.includes(x))) bad(f, `may only hold ${values.join(', ')}`);
  };
  const maxLen = (f: string, max: number) => {
    if (has(f) && (typeof p[f] !== 'string' || (p[f] as string).length > max))
      bad(f, `must be text of at most ${max} characters`);
  };
  const requiredText = (f: string, max: number) => {
    if (!str(f)?.trim()) bad(f, 'is required');
    else maxLen(f, max);
  };
  const requiredIff = (f: string, when: boolean, max: number) => {
    if (when) requiredText(f, max);
    else if (has(f)) bad(f, 'must be left out here');
  };
  const dateField = (f: string, required: boolean, min?: string, max?: string) => {
    if (!has(f)) {
      if (required) bad(f, 'is required');
      return;
    }
    const v = str(f);
    if (!v || !isRealDate(v)) bad(f, 'must be a date YYYY-MM-DD');
    else if ((min && v < min) || (max && v > max)) bad(f, `must be between ${min ?? '…'} and ${max ?? '…'}`);
  };

  arrayOf('decision_visibility', TDB_DECISION_VISIBILITY, false);
  oneOf('decision_monetary', TDB_DECISION_MONETARY);
  oneOf('decision_provision', TDB_DECISION_PROVISION);
  oneOf('decision_account', TDB_DECISION_ACCOUNT);
  const visibility = Array.isArray(p.decision_visibility) ? (p.decision_visibility as string[]) : [];
  if (
    !visibility.length &&
    !has('decision_monetary') &&
    !has('decision_provision') &&
    !has('decision_account')
  )
    bad('decision_visibility', 'one of decision_visibility, _monetary, _provision, _account is required');
  requiredIff(
    'decision_visibility_other',
    visibility.includes('DECISION_VISIBILITY_OTHER'),
    TDB_LIMITS.short,
  );
  requiredIff('decision_monetary_other', p.decision_monetary === 'DECISION_MONETARY_OTHER', TDB_LIMITS.short);
  oneOf('account_type', TDB_ACCOUNT_TYPES);

  if (!has('decision_ground')) bad('decision_ground', 'is required');
  oneOf('decision_ground', TDB_DECISION_GROUNDS);
  maxLen('decision_ground_reference_url', TDB_LIMITS.short);
  const illegal = p.decision_ground === 'DECISION_GROUND_ILLEGAL_CONTENT';
  const incompatible = p.decision_ground === 'DECISION_GROUND_INCOMPATIBLE_CONTENT';
  requiredIff('illegal_content_legal_ground', illegal, TDB_LIMITS.short);
  requiredIff('illegal_content_explanation', illegal, TDB_LIMITS.explanation);
  requiredIff('incompatible_content_ground', incompatible, TDB_LIMITS.short);
  requiredIff('incompatible_content_explanation', incompatible, TDB_LIMITS.explanation);
  if (has('incompatible_content_illegal')) {
    if (!incompatible) bad('incompatible_content_illegal', 'must be left out here');
    oneOf('incompatible_content_illegal', ['Yes', 'No']);
  }

  arrayOf('content_type', TDB_CONTENT_TYPES, true);
  const contentTypes = Array.isArray(p.content_type) ? (p.content_type as string[]) : [];
  requiredIff('content_type_other', contentTypes.includes('CONTENT_TYPE_OTHER'), TDB_LIMITS.short);
  if (!has('category')) bad('category', 'is required');
  oneOf('category', TDB_CATEGORIES);
  arrayOf('territorial_scope', EU_EEA_COUNTRIES, false);

  dateField('content_date', true, CONTENT_DATE_BOUNDS.min, CONTENT_DATE_BOUNDS.max);
  dateField('application_date', true, APPLICATION_DATE_MIN);
  const application = str('application_date');
  for (const f of [
    'end_date_account_restriction',
    'end_date_monetary_restriction',
    'end_date_service_restriction',
    'end_date_visibility_restriction',
  ])
    dateField(f, false, application && isRealDate(application) ? application : undefined);

  requiredText('decision_facts', TDB_LIMITS.facts);
  if (!has('source_type')) bad('source_type', 'is required');
  oneOf('source_type', TDB_SOURCE_TYPES);
  if (p.source_type === 'SOURCE_VOLUNTARY' && has('source_identity'))
    bad('source_identity', 'must be left out for own-initiative decisions');
  maxLen('source_identity', TDB_LIMITS.short);
  if (!has('automated_detection')) bad('automated_detection', 'is required');
  oneOf('automated_detection', ['Yes', 'No']);
  if (!has('automated_decision')) bad('automated_decision', 'is required');
  oneOf('automated_decision', TDB_AUTOMATED_DECISIONS);

  const puid = str('puid');
  if (!puid) bad('puid', 'is required');
  else if (puid.length > TDB_LIMITS.puid || !PUID_PATTERN.test(puid))
    bad('puid', 'must match ^[a-zA-Z0-9-_]+$ and be at most 500 characters');
  for (const f of ['decision_facts', 'illegal_content_explanation', 'incompatible_content_explanation'])
    if (str(f) && scrubPersonalData(str(f)!) !== str(f)) bad(f, 'must not contain an email or phone number');
  return issues;
}
