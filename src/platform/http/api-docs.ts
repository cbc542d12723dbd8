import { html } from 'hono/html';

type OpenApiDoc = {
  info: { title: string; version: string; description?: string };
  paths: Record<
    string,
    Record<
      string,
      {
        summary?: string;
        description?: string;
        tags?: string[];
        parameters?: Array<{
          name: string;
          in: string;
          required?: boolean;
          description?: string;
          schema?: { type?: string; enum?: string[] };
        }>;
        responses?: Record<string, { description: string }>;
      }
    >
  >;
};

/** A self-contained API reference rendered from the generated OpenAPI document (no CDN). */
export function apiDocsPage(doc: OpenApiDoc) {
  const ops = Object.entries(doc.paths).flatMap(([path, methods]) =>
    Object.entries(methods).map(([method, op]) => ({ path, method, op })),
  );
  return html`<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${doc.info.title} — API reference</title><link rel="stylesheet" href="/assets/app.css"></head>
<body><main class="wrap" id="main">
<h1>${doc.info.title} <small class="muted">v${doc.info.version}</small></h1>
<p>${doc.info.description ?? ''}</p>
<p>Machine-readable document: <a href="/api/openapi.json">/api/openapi.json</a> (OpenAPI 3.1). Errors are <code>application/problem+json</code> with a stable machine-readable <code>code</code> (the <code>Problem</code> schema lists them: <code>SOLD_OUT</code>, <code>CART_CHANGED</code> and <code>IDEMPOTENCY_KEY_REUSED</code> tell apart answers that share a status) and a field-level <code>errors</code> list.</p>
${ops.map(
  ({ path, method, op }) => html`<section class="api-op" id="${method}-${path}">
  <h2><code class="method">${method.toUpperCase()}</code> <code>${path}</code></h2>
  <p>${op.summary ?? ''}</p>${op.description ? html`<p class="muted">${op.description}</p>` : ''}
  ${
    op.parameters?.length
      ? html`<table class="rates"><thead><tr><th scope="col">Parameter</th><th scope="col">In</th><th scope="col">Type</th><th scope="col">Description</th></tr></thead><tbody>
    ${op.parameters.map((p) => html`<tr><td><code>${p.name}</code>${p.required ? ' *' : ''}</td><td>${p.in}</td><td>${p.schema?.enum ? p.schema.enum.join(' | ') : (p.schema?.type ?? '')}</td><td>${p.description ?? ''}</td></tr>`)}
    </tbody></table>`
      : ''
  }
  <p class="small">Responses: ${Object.entries(op.responses ?? {}).map(([code, r]) => html`<code>${code}</code> ${r.description}; `)}</p>
</section>`,
)}
</main></body></html>`;
}
