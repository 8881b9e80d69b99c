// Starts a worker thread from the TypeScript sources (tests, a checkout without dist/): worker threads
// do not inherit tsx's loader, so the thread registers it itself before importing its entry.
import { workerData } from 'node:worker_threads';
import { register } from 'tsx/esm/api';

register();
await import(workerData.entry);
