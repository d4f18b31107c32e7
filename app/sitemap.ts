// /sitemap.xml: every page in both languages with its hreflang alternates, absolute URLs from the
// configured public origin. A sitemap holds at most 50,000 URLs: the fixed pages plus the newest
// open postings, two URLs each.
import type { MetadataRoute } from 'next';
import { getDb } from '../db/queries/connection';
import { openPostingIds } from '../db/queries/sitemap';
import { publicOrigin } from '../lib/env';
import { languageAlternates, localePath } from '../lib/locale-path';
import { SKILL_IDS } from '../lib/taxonomy';

export const dynamic = 'force-dynamic';

const MAX_POSTINGS = 24_000;

export default function sitemap(): MetadataRoute.Sitemap {
  const origin = publicOrigin();
  const entry = (path: string, lastModified?: number): MetadataRoute.Sitemap => {
    const languages = Object.fromEntries(Object.entries(languageAlternates(path)).map(([k, v]) => [k, `${origin}${v}`]));
    return (['en', 'ar'] as const).map((locale) => ({
      url: `${origin}${localePath(locale, path)}`,
      ...(lastModified ? { lastModified: new Date(lastModified) } : {}),
      alternates: { languages },
    }));
  };
  const fixed = ['/', '/skills', ...SKILL_IDS.map((id) => `/skills/${id}`), '/stats', '/sources'];
  return [
    ...fixed.flatMap((path) => entry(path)),
    ...openPostingIds(getDb(), MAX_POSTINGS).flatMap((p) => entry(`/jobs/${p.publicId}`, p.lastSeenAt)),
  ];
}
