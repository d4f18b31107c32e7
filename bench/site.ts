// The site's figures (issue 11): the hot listing page from the page cache against a static HTML
// file of the same size in public/, both at 50 connections through the same server; cold renders
// (every cache off, one connection) of `/` and of a view with `q` and three filters; the bytes of
// the 20-card listing page.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { hammer, startServer, type HttpFigures } from './http';

const STATIC = 'public/bench-static.html';

export type SiteFigures = {
  listingHtmlBytes: number;
  hotListing: HttpFigures;
  staticSameSize: HttpFigures;
  hotToStaticP50: number;
  coldHomeP50Ms: number;
  coldQueryP50Ms: number;
  coldQueryUrl: string;
};

export async function siteFigures(file: string, env: Record<string, string>, commonTerm: string, duration: number): Promise<SiteFigures> {
  const coldQueryUrl = `/?q=${encodeURIComponent(commonTerm)}&workplace=remote&engagement=employee&skills=content`;
  const cold = await startServer(file, { ...env, RAQMI_PAGE_CACHE: 'off', RAQMI_LIST_CACHE: 'off' });
  let html: string;
  let coldHome: HttpFigures;
  let coldQuery: HttpFigures;
  try {
    html = await (await fetch(`${cold.url}/`)).text();
    coldHome = await hammer(`${cold.url}/`, { connections: 1, duration });
    coldQuery = await hammer(`${cold.url}${coldQueryUrl}`, { connections: 1, duration });
  } finally {
    await cold.stop();
  }
  const bytes = Buffer.byteLength(html);
  // Same size as the page, written before the server starts so Next serves it as a public file.
  mkdirSync('public', { recursive: true });
  writeFileSync(STATIC, `<!DOCTYPE html><html><body><pre>${'x'.repeat(Math.max(0, bytes - 44))}</pre></body></html>`.slice(0, bytes));
  const hot = await startServer(file, env);
  try {
    await fetch(`${hot.url}/`);
    const hotListing = await hammer(`${hot.url}/`, { connections: 50, duration });
    const staticSameSize = await hammer(`${hot.url}/bench-static.html`, { connections: 50, duration });
    return {
      listingHtmlBytes: bytes,
      hotListing,
      staticSameSize,
      hotToStaticP50: staticSameSize.p50 ? hotListing.p50 / staticSameSize.p50 : hotListing.p50,
      coldHomeP50Ms: coldHome.p50,
      coldQueryP50Ms: coldQuery.p50,
      coldQueryUrl,
    };
  } finally {
    await hot.stop();
    rmSync(STATIC, { force: true });
  }
}
