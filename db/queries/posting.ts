import type { Evidence } from '../../lib/classifier/types';
import type { Engagement, Hints, SkillId, Workplace } from '../../lib/taxonomy';
import type { Db } from '../client';

export type PostingDetail = {
  publicId: string; source: string; sourceKey: string; url: string; applyUrl: string | null; title: string; company: string;
  location: string; descriptionHtml: string; language: string; postedAt: number | null; firstSeenAt: number; lastSeenAt: number;
  closedAt: number | null; expiresAt: number | null; salary: string | null; hints: Hints; digitalMarketing: boolean;
  engagement: Engagement; workplace: Workplace; skills: SkillId[]; evidence: Evidence | null;
};

export function getPosting(db: Db, publicId: string): PostingDetail | undefined {
  const r = db.$client.prepare('SELECT * FROM postings WHERE public_id = ?').get(publicId) as Record<string, unknown> | undefined;
  if (!r) return undefined;
  return {
    publicId: r.public_id as string, source: r.source as string, sourceKey: r.source_key as string, url: r.url as string,
    applyUrl: (r.apply_url as string) ?? null, title: r.title as string, company: r.company as string, location: r.location as string,
    descriptionHtml: r.description_html as string, language: r.language as string, postedAt: (r.posted_at as number) ?? null,
    firstSeenAt: r.first_seen_at as number, lastSeenAt: r.last_seen_at as number, closedAt: (r.closed_at as number) ?? null,
    expiresAt: (r.expires_at as number) ?? null, salary: (r.salary as string) ?? null, hints: JSON.parse(r.hints as string) as Hints,
    digitalMarketing: Boolean(r.digital_marketing), engagement: r.engagement as Engagement, workplace: r.workplace as Workplace,
    skills: JSON.parse(r.skills as string) as SkillId[], evidence: r.evidence ? (JSON.parse(r.evidence as string) as Evidence) : null,
  };
}
