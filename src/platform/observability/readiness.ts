/**
 * One dependency a process needs before it takes traffic: resolves `'ok'` or another word saying
 * what is wrong (`'pending'`, `'draining'`); a throw reads `'failed'`, no answer in time `'timeout'`.
 */
export type ReadinessCheck = () => Promise<string>;

export type ReadinessReport = {
  ready: boolean;
  checks: Record<string, string>;
  /** Why a check failed, for the log only (a public answer does not name hosts or errors). */
  errors: Record<string, unknown>;
};

/** Run every check at once, each bounded by `timeoutMs`: ready when all say `ok`. */
export async function runReadinessChecks(
  checks: Record<string, ReadinessCheck>,
  timeoutMs: number,
): Promise<ReadinessReport> {
  const report: ReadinessReport = { ready: true, checks: {}, errors: {} };
  await Promise.all(
    Object.entries(checks).map(async ([name, check]) => {
      let timer: NodeJS.Timeout | undefined;
      const timedOut = new Promise<string>((resolve) => {
        timer = setTimeout(() => resolve('timeout'), timeoutMs);
      });
      try {
        report.checks[name] = await Promise.race([check(), timedOut]);
      } catch (err) {
        report.checks[name] = 'failed';
        report.errors[name] = err;
      } finally {
        clearTimeout(timer);
      }
      if (report.checks[name] !== 'ok') report.ready = false;
    }),
  );
  return report;
}
