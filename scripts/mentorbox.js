#!/usr/bin/env node
// Runs the TypeScript sources through tsx, so the same files run in development, tests and production.
import { register } from 'tsx/esm/api';

register();
await import('../src/cli.ts');
