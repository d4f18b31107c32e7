// npm run --silent classify < in.jsonl > out.jsonl (taxonomy §6): one line out per valid line
// in, in order; a bad line is reported on stderr as "line N: reason" and makes the exit code 1
// once every other line has been classified. Blank lines are skipped.
import { createInterface } from 'node:readline';
import { z } from 'zod';
import { payPlaceOfPosting } from '../postings/pay-place';
import { boardDefaultsOf } from '../sources';
import { classifyPosting } from './index';
import { toPlainText } from './segment';

const ZInput = z.object({
  id: z.union([z.string(), z.number()]).transform(String),
  title: z.string(),
  text: z.string(),
  company: z.string().optional().catch(undefined),
  location: z.string().optional().catch(undefined),
  source: z.string().optional().catch(undefined),
  lang: z.string().optional().catch(undefined),
  hints: z
    .object({
      employmentType: z.string().optional().catch(undefined),
      remote: z.boolean().optional().catch(undefined),
      workplace: z.string().optional().catch(undefined),
      region: z.string().optional().catch(undefined),
      // §7: a board's pay and country fields.
      country: z.string().optional().catch(undefined),
      salary: z.string().optional().catch(undefined),
      salaryMin: z.number().nonnegative().optional().catch(undefined),
      salaryMax: z.number().nonnegative().optional().catch(undefined),
      salaryCurrency: z.string().optional().catch(undefined),
      salaryPeriod: z.string().optional().catch(undefined),
    })
    .optional()
    .catch(undefined),
});

export async function runClassify(
  input: NodeJS.ReadableStream,
  output: NodeJS.WritableStream,
  errors: NodeJS.WritableStream,
): Promise<number> {
  let failed = false;
  let n = 0;
  for await (const line of createInterface({ input, crlfDelay: Infinity })) {
    n++;
    if (!line.trim()) continue;
    let json: unknown;
    try {
      json = JSON.parse(line);
    } catch (error) {
      errors.write(`line ${n}: not valid JSON (${(error as Error).message})\n`);
      failed = true;
      continue;
    }
    const parsed = ZInput.safeParse(json);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      errors.write(
        `line ${n}: ${issue?.path.join('.') || 'value'} ${issue?.path.length ? 'is missing or not text' : 'must be a JSON object'}\n`,
      );
      failed = true;
      continue;
    }
    // The input names its board (taxonomy §6); the classifier takes the board's defaults.
    const { id, source, ...posting } = parsed.data;
    const c = classifyPosting({ ...posting, board: source ? boardDefaultsOf(source) : undefined });
    const pp = payPlaceOfPosting({ ...posting, source }, c.workplace, toPlainText(posting.text));
    const evidence = { ...c.evidence, ...pp.evidence };
    output.write(`${JSON.stringify({ id, digitalMarketing: c.digitalMarketing, engagement: c.engagement, workplace: c.workplace, skills: c.skills, language: c.language, location: pp.location, openTo: pp.openTo, pay: pp.pay, evidence })}
`);
  }
  return failed ? 1 : 0;
}

const isMain = process.argv[1] && import.meta.url === new URL(`file://${process.argv[1]}`).href;
if (isMain) {
  runClassify(process.stdin, process.stdout, process.stderr).then((code) => {
    process.exitCode = code;
  });
}
