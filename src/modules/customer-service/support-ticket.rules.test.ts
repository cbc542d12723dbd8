import { describe, expect, it } from 'vitest';
import { checkContactForm, checkOperatorText, MAX_TICKET_MESSAGE_LENGTH } from './support-ticket.rules.ts';

const fields = (r: ReturnType<typeof checkContactForm>) => (r.ok ? [] : r.issues.map((i) => i.field));

describe('contact form rules', () => {
  it('accepts a topic, an address and a message, trimmed', () => {
    expect(checkContactForm({ topic: 'complaint', email: ' a@example.com ', message: ' Hello ' })).toEqual({
      ok: true,
      value: { topic: 'complaint', email: 'a@example.com', message: 'Hello' },
    });
  });

  it('names every wrong field, in the form’s order', () => {
    expect(fields(checkContactForm({}))).toEqual(['topic', 'email', 'message']);
    expect(fields(checkContactForm({ topic: 'refund', email: 'nope', message: 'x' }))).toEqual([
      'topic',
      'email',
    ]);
    expect(
      fields(
        checkContactForm({
          topic: 'other',
          email: 'a@b.co',
          message: 'x'.repeat(MAX_TICKET_MESSAGE_LENGTH + 1),
        }),
      ),
    ).toEqual(['message']);
    const r = checkContactForm({ topic: 'question', email: '', message: 'Hi' });
    expect(r.ok ? null : r.issues[0]).toEqual({ field: 'email', message: 'is required' });
  });

  it('requires an operator’s text', () => {
    expect(checkOperatorText('  ok ')).toBe('ok');
    expect(checkOperatorText('  ')).toEqual({ field: 'body', message: 'is required' });
  });
});
