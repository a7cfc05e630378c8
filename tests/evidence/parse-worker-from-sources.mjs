// The parse worker's entry for tests run from the TypeScript sources (dist/ ships it compiled): tsx compiles
// src/evidence/parse-worker.ts inside the worker thread.
import { tsImport } from 'tsx/esm/api';

await tsImport('../../src/evidence/parse-worker.ts', import.meta.url);
