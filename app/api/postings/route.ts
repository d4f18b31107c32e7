// GET /api/postings — the listing as JSON, same filters as the pages, for people who script.
import { getDb } from '../../../db/queries/connection';
import { listPostings } from '../../../db/queries/listings';
import { siteNow } from '../../../lib/clock';
import { publicOrigin } from '../../../lib/env';
import { PAGE_SIZE, parseFilters, serialiseFilters } from '../../../lib/filters';

export const dynamic = 'force-dynamic';

export function GET(request: Request): Response {
  const url = new URL(request.url);
  const filters = parseFilters(url.searchParams);
  const listing = listPostings(getDb(), filters, siteNow());
  // Absolute links from the configured origin: request.url carries the bind address.
  const origin = publicOrigin();
  const link = (page: number) => `${origin}/api/postings?${serialiseFilters({ ...filters, page })}`;
  return Response.json({
    query: serialiseFilters(filters),
    total: listing.total,
    page: listing.page,
    pages: listing.pages,
    pageSize: PAGE_SIZE,
    next: listing.page < listing.pages ? link(listing.page + 1) : null,
    counts: { ...listing.counts, open_to: listing.openToCounts },
    items: listing.items.map((p) => ({
      id: p.publicId,
      title: p.title,
      company: p.company,
      location: p.location,
      workplace: p.workplace,
      engagement: p.engagement,
      skills: p.skills,
      source: p.source,
      language: p.language,
      postedAt: new Date(p.postedAt).toISOString(),
      salary: p.salary,
      url: `${origin}/jobs/${p.publicId}`,
      originalUrl: p.url,
      groupId: p.group?.id ?? null,
      copies: (p.group?.copies ?? []).map((c) => ({ source: c.source, url: c.url, firstSeen: new Date(c.firstSeenAt).toISOString() })),
      // Normalised (taxonomy §7) beside the board's own `location` and `salary` text.
      country: p.country,
      city: p.city,
      openTo: p.openTo,
      pay: p.pay,
    })),
  });
}
