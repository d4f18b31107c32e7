import { createDb } from '../db/client';
import { listPostings, setListingCache, indexedPostingIds } from '../db/queries/listings';
import { parseFilters } from '../lib/filters';
const NOW = Date.parse('2026-11-27T12:00:00Z');
const db = createDb(process.argv[2]!);
setListingCache(false);
const combos = ['', 'workplace=remote', 'workplace=onsite,hybrid&engagement=employee', 'engagement=freelance', 'skills=content', 'skills=content,analytics', 'workplace=remote&skills=content', 'lang=ar', 'lang=en&days=7', 'days=30&workplace=hybrid', 'source=mostaql,wuzzuf', 'page=3&workplace=remote', 'skills=online-ads,ad-oversight&engagement=employee', 'workplace=remote&engagement=freelance&lang=ar'].map((q) => parseFilters(new URLSearchParams(q)));
listPostings(db, combos[0]!, NOW);
for (const [name, fn] of [['list', (f: any) => listPostings(db, f, NOW)], ['ids', (f: any) => indexedPostingIds(db, f, NOW, { skip: 0, limit: 20 })]] as const) {
  const times: number[] = [];
  for (let r = 0; r < 5; r++) for (const f of combos) { const t = performance.now(); fn(f); times.push(performance.now() - t); }
  times.sort((a, b) => a - b);
  console.log(name, 'p50', times[Math.floor(times.length / 2)]!.toFixed(2), 'p95', times[Math.floor(times.length * 0.95)]!.toFixed(2));
}
