/**
 * The choices of the privacy centre (pure): which processings based on legitimate interest a
 * person may object to (GDPR Art. 21(1)), what a post-mortem directive says (Loi Informatique et
 * Libertés, art. 85), and which request kinds each market offers.
 */
import type { FieldIssue } from '../../platform/errors.ts';
import type { Regime } from './request-deadline.rules.ts';

/**
 * Processings based on legitimate interest. Recommendations stop on objection. Fraud prevention
 * cannot be objected to: payment security and the defence of legal claims are compelling
 * legitimate grounds that override it (Art. 21(1), recital 47).
 */
export const PROCESSING_PURPOSES = [
  { purpose: 'recommendations', objectable: true },
  { purpose: 'fraud_prevention', objectable: false },
] as const;
export type ProcessingPurpose = (typeof PROCESSING_PURPOSES)[number]['purpose'];

export function checkObjection(purpose: string): FieldIssue | { purpose: ProcessingPurpose } {
  const p = PROCESSING_PURPOSES.find((x) => x.purpose === purpose);
  if (!p) return { field: 'purpose', message: 'is not a processing you can object to' };
  if (!p.objectable)
    return { field: 'purpose', message: 'cannot be objected to: it protects payments against fraud' };
  return { purpose: p.purpose };
}

export const DIRECTIVE_INSTRUCTIONS = ['delete', 'keep', 'hand_over'] as const;
export type DirectiveInstruction = (typeof DIRECTIVE_INSTRUCTIONS)[number];
export type Directives = {
  instruction: DirectiveInstruction;
  trustedName: string | null;
  trustedEmail: string | null;
};

/** What a person may ask for (GDPR Arts. 15–21; the US market also the CCPA's "know" and "do not sell or share"). */
export const REQUEST_KINDS = [
  'access',
  'erasure',
  'rectification',
  'restriction',
  'objection',
  'portability',
  'know',
  'do_not_sell',
] as const;
export type RequestKind = (typeof REQUEST_KINDS)[number];

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/**
 * A directive: an instruction of the list; a trusted person (name and email) is needed to hand a
 * copy over, optional otherwise (they may still be told), and given whole or not at all.
 */
export function checkDirectives(input: {
  instruction: string;
  trustedName?: string;
  trustedEmail?: string;
}): { ok: true; value: Directives } | { ok: false; issues: FieldIssue[] } {
  const issues: FieldIssue[] = [];
  const instruction = (DIRECTIVE_INSTRUCTIONS as readonly string[]).includes(input.instruction)
    ? (input.instruction as DirectiveInstruction)
    : null;
  if (!instruction) issues.push({ field: 'instruction', message: 'must be delete, keep or hand_over' });
  const name = (input.trustedName ?? '').trim();
  const email = (input.trustedEmail ?? '').trim().toLowerCase();
  if (name.length > 200) issues.push({ field: 'trustedName', message: 'must be at most 200 characters' });
  if (email && (!EMAIL.test(email) || email.length > 254))
    issues.push({ field: 'trustedEmail', message: 'must be an email address' });
  const needed = instruction === 'hand_over' || !!name || !!email;
  if (needed && !name) issues.push({ field: 'trustedName', message: 'is required' });
  if (needed && !email) issues.push({ field: 'trustedEmail', message: 'is required' });
  if (issues.length || !instruction) return { ok: false, issues };
  return { ok: true, value: { instruction, trustedName: name || null, trustedEmail: email || null } };
}

/** The kinds each regime offers on its form: the CCPA's "know" and "do not sell or share" on the US market only. */
export function kindsOf(regime: Regime): readonly RequestKind[] {
  const gdpr: RequestKind[] = [
    'access',
    'erasure',
    'rectification',
    'restriction',
    'objection',
    'portability',
  ];
  return regime === 'ccpa' ? [...gdpr, 'know', 'do_not_sell'] : gdpr;
}

/** Kinds answered with the person's data (a signed download link), once their identity is verified. */
export const DATA_KINDS: ReadonlySet<RequestKind> = new Set(['access', 'portability', 'know']);
