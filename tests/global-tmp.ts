// Every test run's temporary folders live under one folder of its own, removed when the run ends:
// helpers make theirs inside RAQMI_TEST_TMP (tests/helpers/fake-board.ts), and a run no longer
// leaves dozens of recordings folders in /tmp. Other runs on the machine are not touched.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export default function setup(): () => void {
  const dir = mkdtempSync(join(tmpdir(), 'raqmi-test-'));
  process.env.RAQMI_TEST_TMP = dir;
  return () => rmSync(dir, { recursive: true, force: true });
}
