// npx tsx scripts/js-size.ts http://localhost:3000/ — the JavaScript a page loads: every
// <script src> of its HTML, fetched, with raw and gzipped sizes (Next 16's build no longer prints them).
import { gzipSync } from 'node:zlib';

const url = process.argv[2] ?? 'http://localhost:3000/';
const html = await (await fetch(url)).text();
const sources = [...html.matchAll(/<script[^>]+src="([^"]+)"/g)].map((m) => new URL(m[1]!, url).toString());
let raw = 0,
  gzipped = 0;
for (const src of new Set(sources)) {
  const body = Buffer.from(await (await fetch(src)).arrayBuffer());
  raw += body.length;
  gzipped += gzipSync(body, { level: 9 }).length;
}
console.log(`${new Set(sources).size} scripts: ${(raw / 1024).toFixed(1)} KiB raw, ${(gzipped / 1024).toFixed(1)} KiB gzipped`);
