/** The outcomes of review writing that are not errors, and the one place they become error codes. */
import type { Day } from '../../platform/calendar.ts';
import { AppError, type FieldIssue } from '../../platform/errors.ts';
import type { FieldProblem, Ineligible } from './review-content.rules.ts';

export type WriteRefusal =
  | { ok: false; reason: 'not_found' }
  | { ok: false; reason: 'invalid'; fields: FieldIssue[] }
  | { ok: false; reason: Exclude<Ineligible, 'not_buyer'> }
  | { ok: false; reason: 'window_closed'; endedOn: Day }
  | { ok: false; reason: 'not_published' };

const MESSAGES: Record<FieldProblem['code'], string> = {
  required: 'is required',
  range: 'must be a whole number from 1 to 5',
  too_short: 'is too short: write at least 20 characters',
  too_long: 'is too long: at most 2,000 characters',
};

export const fieldIssues = (problems: readonly FieldProblem[]): FieldIssue[] =>
  problems.map((p) => ({ field: p.field, message: MESSAGES[p.code] }));

/** The API's answer to a refusal: 404 for what is not the caller's, 409/422 with a code otherwise. */
export function refusalError(r: WriteRefusal): AppError {
  switch (r.reason) {
    case 'not_found':
      return AppError.notFound('Review or order line');
    case 'invalid':
      return new AppError('INVALID_INPUT', 'The review is not valid', r.fields);
    case 'already_reviewed':
      return new AppError('CONFLICT', 'This order line already has a review', [
        { field: 'orderLineId', message: 'already has a review' },
      ]);
    case 'not_delivered':
      return new AppError('NOT_ELIGIBLE', 'Only a delivered order line can be reviewed', [
        { field: 'orderLineId', message: 'is not delivered' },
      ]);
    case 'own_offer':
      return new AppError('NOT_ELIGIBLE', 'Sellers and their team members never review their own offers', [
        { field: 'orderLineId', message: 'was sold by your own team' },
      ]);
    case 'blocked':
      return new AppError('FORBIDDEN', 'Your account may not write reviews at the moment');
    case 'window_closed':
      return new AppError('WINDOW_CLOSED', `The review could be edited until ${r.endedOn}`);
    case 'not_published':
      return new AppError('INVALID_STATE', 'Only a published review can be changed');
  }
}
