import type { Deps } from '../../app/deps.ts';
import { AppError } from '../../platform/errors.ts';
import { averageMonthlyActiveRecipients } from '../consent/active-recipients.read-model.ts';
import { STATEMENT_MEASURES, type StatementMeasure } from './statement.rules.ts';
import { type ReportData, transparencyReportData } from './transparency-report.read-model.ts';

/**
 * The DSA transparency report (Arts. 15 and 24; Implementing Regulation (EU) 2024/2835): a
 * calendar year, or the current year to date, computed from the notices, decisions, statements
 * of reasons and complaints themselves, so it can be reproduced at any time. Reloop receives no
 * authority orders through the platform, has no trusted flaggers, processes no notice by
 * automated means and has taken no Art. 23 suspension: those figures are counted, and zero.
 */

export const NOTICE_KINDS = ['offer', 'product', 'review', 'seller', 'other'] as const;
export const NOTICE_CATEGORY_KEYS = [
  'unsafe_products',
  'consumer_information',
  'intellectual_property',
  'scams_fraud',
  'data_protection',
  'illegal_speech',
  'child_sexual_abuse',
  'other',
] as const;
export const MEASURES = Object.keys(STATEMENT_MEASURES) as StatementMeasure[];

export type TransparencyReport = {
  year: number;
  /** YYYY-MM-DD, inclusive. */
  periodStart: string;
  periodEnd: string;
  /** The current year, counted up to `periodEnd`. */
  toDate: boolean;
  authorityOrders: { received: number };
  notices: {
    received: number;
    byKind: Record<string, number>;
    byCategory: Record<string, number>;
    fromTrustedFlaggers: number;
    processedByAutomatedMeans: number;
    decided: number;
    open: number;
    actionOnLegalGround: number;
    actionOnTermsGround: number;
    noAction: number;
    medianHoursToDecision: number | null;
  };
  ownInitiative: {
    measures: number;
    byGround: { illegal_content: number; incompatible_terms: number };
    byMeasure: Record<string, number>;
    detectedByAutomatedMeans: number;
    decidedByAutomatedMeans: number;
  };
  complaints: {
    received: number;
    aboutStatements: number;
    aboutNotices: number;
    decided: number;
    reversed: number;
    upheldDecisions: number;
    open: number;
    medianHoursToDecision: number | null;
  };
  outOfCourtDisputes: { submitted: number };
  suspensions: { manifestlyIllegalContent: number; unfoundedNotices: number; unfoundedComplaints: number };
  activeRecipients: { average: number; periodStart: string; periodEnd: string };
};

const HOUR = 3_600_000;
const ymd = (d: Date) => d.toISOString().slice(0, 10);

/** The median of the values (mean of the middle two for an even count), null for none. */
export function median(values: readonly number[]): number | null {
  if (!values.length) return null;
  const v = [...values].sort((a, b) => a - b);
  const mid = Math.floor(v.length / 2);
  return v.length % 2 ? v[mid]! : (v[mid - 1]! + v[mid]!) / 2;
}

const hours = (from: Date, to: Date) => Math.round(((to.getTime() - from.getTime()) / HOUR) * 10) / 10;
const countBy = <T>(items: readonly T[], keys: readonly string[], key: (t: T) => string) => {
  const out: Record<string, number> = Object.fromEntries(keys.map((k) => [k, 0]));
  for (const i of items) out[key(i)] = (out[key(i)] ?? 0) + 1;
  return out;
};

/** The report's figures from the period's data (pure). */
export function buildTransparencyReport(
  data: ReportData,
  period: { year: number; from: Date; to: Date; toDate: boolean },
  recipients: TransparencyReport['activeRecipients'],
): TransparencyReport {
  const decidedNotices = data.notices.filter((n) => n.status === 'decided' && n.decidedAt);
  const acted = decidedNotices.filter((n) => n.decision && n.decision !== 'no_action');
  const own = data.statements.filter((s) => s.source === 'own_initiative');
  const decidedComplaints = data.complaints.filter((c) => c.status !== 'open' && c.decidedAt);
  const upheld = decidedComplaints.filter((c) => c.status === 'upheld');
  return {
    year: period.year,
    periodStart: ymd(period.from),
    periodEnd: ymd(new Date(period.to.getTime() - 1)),
    toDate: period.toDate,
    authorityOrders: { received: 0 },
    notices: {
      received: data.notices.length,
      byKind: countBy(data.notices, NOTICE_KINDS, (n) => n.contentKind),
      byCategory: countBy(data.notices, NOTICE_CATEGORY_KEYS, (n) => n.category),
      fromTrustedFlaggers: 0,
      processedByAutomatedMeans: 0,
      decided: decidedNotices.length,
      open: data.notices.length - decidedNotices.length,
      actionOnLegalGround: acted.filter((n) => n.groundType === 'illegal_content').length,
      actionOnTermsGround: acted.filter((n) => n.groundType !== 'illegal_content').length,
      noAction: decidedNotices.length - acted.length,
      medianHoursToDecision: median(decidedNotices.map((n) => hours(n.receivedAt, n.decidedAt!))),
    },
    ownInitiative: {
      measures: own.length,
      byGround: {
        illegal_content: own.filter((s) => s.groundType === 'illegal_content').length,
        incompatible_terms: own.filter((s) => s.groundType === 'incompatible_terms').length,
      },
      byMeasure: countBy(own, MEASURES, (s) => s.measure),
      detectedByAutomatedMeans: own.filter((s) => s.automatedDetection).length,
      decidedByAutomatedMeans: own.filter((s) => s.automatedDecision).length,
    },
    complaints: {
      received: data.complaints.length,
      aboutStatements: data.complaints.filter((c) => c.basis === 'statement').length,
      aboutNotices: data.complaints.filter((c) => c.basis === 'notice').length,
      decided: decidedComplaints.length,
      reversed: upheld.filter((c) => c.reversal !== 'not_possible').length,
      upheldDecisions: decidedComplaints.length - upheld.length,
      open: data.complaints.length - decidedComplaints.length,
      medianHoursToDecision: median(decidedComplaints.map((c) => hours(c.receivedAt, c.decidedAt!))),
    },
    outOfCourtDisputes: { submitted: 0 },
    suspensions: { manifestlyIllegalContent: 0, unfoundedNotices: 0, unfoundedComplaints: 0 },
    activeRecipients: recipients,
  };
}

/** The first year a report exists for. */
export const FIRST_REPORT_YEAR = 2024;

/** The report of `year` (default: the current one, to date). Refuses a future year or before 2024. */
export async function transparencyReport(
  deps: Pick<Deps, 'db' | 'clock'>,
  input: { year?: number },
): Promise<TransparencyReport> {
  const now = deps.clock.now();
  const current = now.getUTCFullYear();
  const year = input.year ?? current;
  if (!Number.isInteger(year) || year < FIRST_REPORT_YEAR || year > current)
    throw AppError.invalid([
      { field: 'year', message: `must be a year from ${FIRST_REPORT_YEAR} to ${current}` },
    ]);
  const from = new Date(Date.UTC(year, 0, 1));
  const end = new Date(Date.UTC(year + 1, 0, 1));
  const toDate = year === current;
  const to = toDate ? now : end;
  const [data, recipients] = await Promise.all([
    transparencyReportData(deps.db, { from, to }),
    averageMonthlyActiveRecipients(deps.db, to),
  ]);
  return buildTransparencyReport(
    data,
    { year, from, to, toDate },
    {
      average: recipients.averageMonthlyActiveRecipients,
      periodStart: recipients.periodStart,
      periodEnd: recipients.periodEnd,
    },
  );
}

export type ReportRow = { section: string; metric: string; breakdown: string; value: number | string };

/**
 * The report as rows of the template's sections (Implementing Regulation 2024/2835, Annex I):
 * section, metric, breakdown ('' for a total), value. The CSV writes exactly these.
 */
export function transparencyReportRows(r: TransparencyReport): ReportRow[] {
  const rows: ReportRow[] = [];
  const add = (section: string, metric: string, value: number | string | null, breakdown = '') =>
    rows.push({ section, metric, breakdown, value: value ?? '' });
  const S = {
    general: '1. General information',
    orders: '2. Orders from Member States authorities (Arts. 9, 10)',
    notices: '3. Notices (Art. 16)',
    own: '4. Own-initiative content moderation',
    complaints: '5. Complaints (Art. 20)',
    disputes: '6. Out-of-court dispute settlement (Art. 21)',
    suspensions: '7. Suspensions (Art. 23)',
    recipients: '8. Average monthly active recipients (Art. 24(2))',
  };
  add(S.general, 'Reporting period start', r.periodStart);
  add(S.general, 'Reporting period end', r.periodEnd);
  add(S.general, 'Year to date', r.toDate ? 'yes' : 'no');
  add(S.orders, 'Orders received', r.authorityOrders.received);
  add(S.notices, 'Notices received', r.notices.received);
  for (const [k, v] of Object.entries(r.notices.byKind))
    add(S.notices, 'Notices received', v, `content: ${k}`);
  for (const [k, v] of Object.entries(r.notices.byCategory))
    add(S.notices, 'Notices received', v, `category: ${k}`);
  add(S.notices, 'Notices from trusted flaggers', r.notices.fromTrustedFlaggers);
  add(S.notices, 'Notices processed by automated means', r.notices.processedByAutomatedMeans);
  add(S.notices, 'Notices decided', r.notices.decided);
  add(S.notices, 'Notices open at period end', r.notices.open);
  add(S.notices, 'Actions taken', r.notices.actionOnLegalGround, 'ground: illegal content (law)');
  add(S.notices, 'Actions taken', r.notices.actionOnTermsGround, 'ground: terms and conditions');
  add(S.notices, 'No action taken', r.notices.noAction);
  add(S.notices, 'Median time to decision (hours)', r.notices.medianHoursToDecision);
  add(S.own, 'Measures taken', r.ownInitiative.measures);
  add(S.own, 'Measures taken', r.ownInitiative.byGround.illegal_content, 'ground: illegal content (law)');
  add(S.own, 'Measures taken', r.ownInitiative.byGround.incompatible_terms, 'ground: terms and conditions');
  for (const [k, v] of Object.entries(r.ownInitiative.byMeasure))
    add(S.own, 'Measures taken', v, `restriction: ${k}`);
  add(S.own, 'Detected by automated means', r.ownInitiative.detectedByAutomatedMeans);
  add(S.own, 'Decided by automated means', r.ownInitiative.decidedByAutomatedMeans);
  add(S.complaints, 'Complaints received', r.complaints.received);
  add(S.complaints, 'Complaints received', r.complaints.aboutStatements, 'basis: statement of reasons');
  add(S.complaints, 'Complaints received', r.complaints.aboutNotices, 'basis: decision on a notice');
  add(S.complaints, 'Complaints decided', r.complaints.decided);
  add(S.complaints, 'Decisions reversed', r.complaints.reversed);
  add(S.complaints, 'Decisions upheld', r.complaints.upheldDecisions);
  add(S.complaints, 'Complaints open at period end', r.complaints.open);
  add(S.complaints, 'Median time to decision (hours)', r.complaints.medianHoursToDecision);
  add(S.disputes, 'Disputes submitted', r.outOfCourtDisputes.submitted);
  add(S.suspensions, 'Suspensions', r.suspensions.manifestlyIllegalContent, 'manifestly illegal content');
  add(S.suspensions, 'Suspensions', r.suspensions.unfoundedNotices, 'manifestly unfounded notices');
  add(S.suspensions, 'Suspensions', r.suspensions.unfoundedComplaints, 'manifestly unfounded complaints');
  add(S.recipients, 'Average monthly active recipients in the EU', r.activeRecipients.average);
  add(S.recipients, 'Period start', r.activeRecipients.periodStart);
  add(S.recipients, 'Period end', r.activeRecipients.periodEnd);
  return rows;
}
