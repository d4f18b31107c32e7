// /robots.txt: every page may be crawled except the alert forms' endpoints and the JSON API,
// and crawlers are pointed at the sitemap, absolute from the configured public origin.
import type { MetadataRoute } from 'next';
import { publicOrigin } from '../lib/env';

export const dynamic = 'force-dynamic';

export default function robots(): MetadataRoute.Robots {
  return {
    rules: { userAgent: '*', allow: '/', disallow: ['/alerts', '/ar/alerts', '/api/'] },
    sitemap: `${publicOrigin()}/sitemap.xml`,
  };
}
