import { translator } from '../i18n.ts';
import { OPERATOR_LOCALE } from '../mail/mail-text.ts';
import type { MailMessage } from '../mail/mailer.ts';

/** The email to the operators' alert address when a job keeps failing (operators read English). */
export function jobAlertMail(a: {
  to: string;
  job: string;
  failures: number;
  worker: string;
  error: string;
  link: string;
}): MailMessage {
  const t = translator(OPERATOR_LOCALE);
  return {
    to: a.to,
    subject: t('console.jobs.alert.subject', { job: a.job }),
    text: t('console.jobs.alert.body', {
      job: a.job,
      failures: a.failures,
      worker: a.worker,
      error: a.error,
      link: a.link,
    }),
    template: 'platform.job-failing',
  };
}
