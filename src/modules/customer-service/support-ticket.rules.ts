/**
 * Platform customer service (ToU art. 8.1), pure rules: what the contact form accepts and the
 * statuses of a ticket. A ticket is open until an operator answers (pending: waiting for the
 * person) or closes it; a new message from the person opens it again.
 */
import type { FieldIssue } from '../../platform/errors.ts';

export const TICKET_TOPICS = ['question', 'complaint', 'other'] as const;
export type TicketTopic = (typeof TICKET_TOPICS)[number];

export const TICKET_STATUSES = ['open', 'pending', 'closed'] as const;
export type TicketStatus = (typeof TICKET_STATUSES)[number];

export const MAX_TICKET_MESSAGE_LENGTH = 5_000;
export const MAX_EMAIL_LENGTH = 254;

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export type ContactInput = { topic: TicketTopic; email: string; message: string };

/** The form's values checked: every wrong field named, in the form's order. */
export function checkContactForm(raw: {
  topic?: string;
  email?: string;
  message?: string;
}): { ok: true; value: ContactInput } | { ok: false; issues: FieldIssue[] } {
  const issues: FieldIssue[] = [];
  const topic = TICKET_TOPICS.find((x) => x === raw.topic);
  if (!raw.topic) issues.push({ field: 'topic', message: 'is required' });
  else if (!topic) issues.push({ field: 'topic', message: `must be one of ${TICKET_TOPICS.join(', ')}` });
  const email = (raw.email ?? '').trim();
  if (!email) issues.push({ field: 'email', message: 'is required' });
  else if (email.length > MAX_EMAIL_LENGTH)
    issues.push({ field: 'email', message: `must be at most ${MAX_EMAIL_LENGTH} characters` });
  else if (!EMAIL.test(email)) issues.push({ field: 'email', message: 'must be an email address' });
  const message = (raw.message ?? '').trim();
  if (!message) issues.push({ field: 'message', message: 'is required' });
  else if (message.length > MAX_TICKET_MESSAGE_LENGTH)
    issues.push({ field: 'message', message: `must be at most ${MAX_TICKET_MESSAGE_LENGTH} characters` });
  if (issues.length || !topic) return { ok: false, issues };
  return { ok: true, value: { topic, email, message } };
}

/** An operator's text (reply or note): required, bounded. */
export function checkOperatorText(body: string | undefined, field = 'body'): string | FieldIssue {
  const text = (body ?? '').trim();
  if (!text) return { field, message: 'is required' };
  if (text.length > MAX_TICKET_MESSAGE_LENGTH)
    return { field, message: `must be at most ${MAX_TICKET_MESSAGE_LENGTH} characters` };
  return text;
}
