import type { z } from '@hono/zod-openapi';
import { ZProblemSchema } from './problem.ts';

/** OpenAPI response entries shared by every module's routes. */
export const problemResponse = (description: string) => ({
  description,
  content: { 'application/problem+json': { schema: ZProblemSchema } },
});

export const json = <T extends z.ZodType>(schema: T, description: string) => ({
  description,
  content: { 'application/json': { schema } },
});
