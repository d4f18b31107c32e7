import { existsSync } from 'node:fs';
import { resolve } from 'node:path';

/** ../shared/recordings when it exists (CI has it); tests that need it skip without it. */
export const SHARED_RECORDINGS = resolve(__dirname, '../../../shared/recordings');
export const SHARED_LABELS = resolve(__dirname, '../../../shared/labels');
export const hasShared = existsSync(resolve(SHARED_RECORDINGS, 'manifest.json'));
export const DEMO_FIXTURES = resolve(__dirname, '../fixtures/demo');
