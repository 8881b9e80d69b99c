#!/usr/bin/env node
// The `mentorbox` command. Runs the compiled tree (npm run build, done by `npm ci` through `prepare`);
// a checkout without dist/ falls back to the TypeScript sources through tsx. Plain node matters in
// production: under tsx, pdf.js alone costs a few hundred MB more (source maps and transforms).
import { existsSync } from 'node:fs';

const compiled = new URL('../dist/src/cli.js', import.meta.url);
if (existsSync(compiled)) {
  await import(compiled.href);
} else {
  const { register } = await import('tsx/esm/api');
  register();
  await import('../src/cli.ts');
}
