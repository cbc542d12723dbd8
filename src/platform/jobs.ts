import type { Logger } from './logger.ts';

export type Job = { name: string; everyMs: number; run: () => Promise<unknown> };

/**
 * Recurring jobs. In embedded mode they run inside `serve`; with PostgreSQL, `worker` runs them
 * in their own process. A job never overlaps itself.
 */
export function startJobs(jobs: Job[], logger: Logger): { stop(): void } {
  const timers = jobs.map((job) => {
    let running = false;
    const tick = async () => {
      if (running) return;
      running = true;
      const started = performance.now();
      try {
        const result = await job.run();
        logger.info({ job: job.name, ms: Math.round(performance.now() - started), result }, 'job done');
      } catch (err) {
        logger.error({ job: job.name, err }, 'job failed');
      } finally {
        running = false;
      }
    };
    return setInterval(tick, job.everyMs);
  });
  return { stop: () => timers.forEach(clearInterval) };
}
