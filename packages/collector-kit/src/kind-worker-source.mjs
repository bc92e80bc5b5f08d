// Worker entry when the kit runs from TypeScript source (tests, tsx): Node 20 does not apply `--import tsx` to
// worker threads, so the worker registers tsx's loader itself before loading the TypeScript entry.
import { register } from 'tsx/esm/api';

register();
const { default: runKindInWorker } = await import('./kind-worker.ts');

export default runKindInWorker;
