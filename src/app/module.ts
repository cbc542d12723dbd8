import type { App } from '../platform/http/app.ts';
import type { Job } from '../platform/jobs.ts';
import type { Deps } from './deps.ts';

/**
 * What a module (src/modules/*) or a surface (src/web/*, src/ws) gives the composition root: its
 * HTTP routes and its recurring jobs. The root (http-app.ts, jobs.ts) mounts them in order; nothing
 * else wires a module in.
 */
export type Module = {
  name: string;
  register?: (app: App, deps: Deps) => void;
  jobs?: (deps: Deps) => Job[];
};
