/**
 * Availability and price alerts (issue 16, the US policy's "Alerts"). Pure: no I/O, no clock.
 *
 * An alert watches one product, in one grade, in one market: "back in stock" fires when the grade
 * has a buybox winner again; "price at or below" when the winner's price is at or below the
 * target, in the market's currency (an amount in another currency never compares). It fires once:
 * the job marks it fulfilled in the same transaction as its email; the person may re-arm it.
 */
import { currencyExponent, MAX_AMOUNT_MINOR, parseDecimalInput } from '../../platform/money.ts';
import { GRADES, type Grade } from '../offers/grades.ts';

export const ALERT_KINDS = ['back_in_stock', 'price_below'] as const;
export type AlertKind = (typeof ALERT_KINDS)[number];
export type AlertStatus = 'active' | 'paused' | 'fulfilled';

/** At most this many alerts per person: a service, not a way to watch the whole catalog. */
export const MAX_ALERTS_PER_PERSON = 50;

export type AlertCondition = {
  kind: AlertKind;
  targetMinor: number | null;
  currency: string;
  status: AlertStatus;
};

/** The grade's buybox in the alert's market now: its winner's price, or null (nobody sells it). */
export type CurrentBuybox = { priceMinor: number; currency: string } | null;

/** Whether the alert fires on this buybox. */
export function alertFires(alert: AlertCondition, buybox: CurrentBuybox): boolean {
  if (alert.status !== 'active' || !buybox) return false;
  if (alert.kind === 'back_in_stock') return true;
  return (
    alert.targetMinor !== null && buybox.currency === alert.currency && buybox.priceMinor <= alert.targetMinor
  );
}

export type AlertInputIssue = {
  field: 'kind' | 'grade' | 'target';
  problem: 'invalid' | 'required' | 'range';
};

export type AlertInput = { kind: AlertKind; grade: Grade; targetMinor: number | null };

/**
 * The alert form's fields, read: the target price as the reader writes decimals in their locale
 * ("249,90" in fr, "249.90" in en), in the market's currency's minor units.
 */
export function readAlertInput(
  raw: { kind?: string; grade?: string; target?: string },
  { locale, currency }: { locale: string; currency: string },
): { ok: true; input: AlertInput } | { ok: false; issues: AlertInputIssue[] } {
  const issues: AlertInputIssue[] = [];
  const kind = (ALERT_KINDS as readonly string[]).includes(raw.kind ?? '') ? (raw.kind as AlertKind) : null;
  if (!kind) issues.push({ field: 'kind', problem: 'invalid' });
  const grade = (GRADES as readonly string[]).includes(raw.grade ?? '') ? (raw.grade as Grade) : null;
  if (!grade) issues.push({ field: 'grade', problem: 'invalid' });
  let targetMinor: number | null = null;
  if (kind === 'price_below') {
    const text = (raw.target ?? '').trim();
    if (!text) issues.push({ field: 'target', problem: 'required' });
    else {
      const minor = parseDecimalInput(text, locale, currencyExponent(currency));
      if (minor === null) issues.push({ field: 'target', problem: 'invalid' });
      else if (minor <= 0 || minor > MAX_AMOUNT_MINOR) issues.push({ field: 'target', problem: 'range' });
      else targetMinor = minor;
    }
  }
  if (issues.length || !kind || !grade) return { ok: false, issues };
  return { ok: true, input: { kind, grade, targetMinor } };
}

/**
 * Why a new alert is refused: "back in stock" while the grade is on sale, a price target the
 * current price already meets (the person can buy now), or too many alerts.
 */
export type AlertRefusal = 'available_now' | 'price_already_met' | 'too_many';

export function refuseNewAlert(
  input: AlertInput,
  buybox: CurrentBuybox,
  { currency, existing }: { currency: string; existing: number },
): AlertRefusal | null {
  if (existing >= MAX_ALERTS_PER_PERSON) return 'too_many';
  if (input.kind === 'back_in_stock' && buybox) return 'available_now';
  if (input.kind === 'price_below' && alertFires({ ...input, currency, status: 'active' }, buybox)) {
    return 'price_already_met';
  }
  return null;
}
