// Patterns run over normalised text (normalise.ts folds ى and ئ to ي, ة to ه, ؤ to و and أ / إ / آ to ا), so a
// regular expression spelled with the unfolded letters can never match. Phrase lists are folded
// when compiled; hand-written regular expressions are not, so this reads them in the source.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const DIR = join(__dirname, '../../lib/classifier');
// Matches a regular-expression literal after `=`, `(`, `,`, `:`, `||`, `&&` or the start of a line.
const LITERAL = /(?:^|[=(,:]|\|\||&&)\s*(\/(?![/*])(?:\\.|\[(?:\\.|[^\]\\])*\]|[^/\\\n])+\/[dgimsuy]*)/gm;
const UNFOLDED = /[ىة]|(?<!\[[^\]]*)[أإآئؤ]/;

function literals(source: string): string[] {
  const code = source.replace(/^\s*(?:\/\/|\*|\/\*\*).*$/gm, '');
  return [...code.matchAll(LITERAL)].map((m) => m[1]!);
}

describe('regular expressions over normalised text use its letters', () => {
  // normalise.ts does the folding; engagement.ts's board-field reader reads the raw field and
  // spells both forms in a character class (workplace.ts's folds its field like the text).
  const files = readdirSync(DIR).filter((f) => f.endsWith('.ts') && f !== 'normalise.ts');
  it('finds the literals it checks', () =>
    expect(files.flatMap((f) => literals(readFileSync(join(DIR, f), 'utf8'))).length).toBeGreaterThan(30));
  it.each(files)('%s', (file) => {
    const bad = literals(readFileSync(join(DIR, file), 'utf8')).filter((l) => UNFOLDED.test(l));
    expect(bad).toEqual([]);
  });
});
