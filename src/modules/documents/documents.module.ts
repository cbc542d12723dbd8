import type { Module } from '../../app/module.ts';
import { issuePlatformInvoicesJob } from './issue-monthly-platform-invoices.ts';

/** Documents have no API routes of their own (the portal and the console serve them); one job. */
export const documentsModule: Module = {
  name: 'documents',
  jobs: (deps) => [issuePlatformInvoicesJob(deps)],
};
