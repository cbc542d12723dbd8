import { sql } from 'drizzle-orm';
import { openPostgres } from '../db/client.ts';
const database = await openPostgres(process.env.U!, 16);
const ws = new Date(Math.floor(Date.now() / 60000) * 60000);
async function run(label: string, f: (i: number) => Promise<unknown>, c: number) {
  let ops = 0; const until = performance.now() + 2000;
  await Promise.all(Array.from({ length: c }, async () => { while (performance.now() < until) { await f(ops++); } }));
  console.log(label.padEnd(20), c, Math.round(ops / 2));
}
const q = (i: number) => sql`
  WITH bumped AS (
    INSERT INTO rate_limit_counters AS c (key, window_start, hits, expires_at)
    VALUES (${`k${i % 10000}`}, ${ws.toISOString()}::timestamptz, ${1}, ${new Date(ws.getTime() + 120000).toISOString()}::timestamptz)
    ON CONFLICT (key, window_start) DO UPDATE SET hits = c.hits + excluded.hits RETURNING hits)
  SELECT (SELECT hits FROM bumped) AS current, coalesce((SELECT hits FROM rate_limit_counters WHERE key = ${`k${i % 10000}`} AND window_start = ${new Date(ws.getTime() - 60000).toISOString()}::timestamptz), 0) AS previous`;
const simple = (i: number) => database.db.execute(q(i));
const async_ = (i: number) => database.db.transaction(async (tx) => { await tx.execute(sql`SET LOCAL synchronous_commit = off`); return tx.execute(q(i)); });
for (let r = 0; r < 2; r++) for (const c of [1, 32]) {
  await run('simple', simple, c);
  await run('tx + async commit', async_, c);
}
await database.close();
