// Drizzle tables. Times are Unix milliseconds (UTC). Migrations in db/migrations are generated
// from this file by drizzle-kit; FTS5 and its triggers live in a custom migration.
import { sql } from 'drizzle-orm';
import { index, integer, primaryKey, real, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import type { Engagement, Hints, SkillId, Workplace } from '../lib/taxonomy';
import type { Evidence } from '../lib/classifier/types';
import type { PayPeriod } from '../lib/pay';

export const postings = sqliteTable(
  'postings',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    publicId: text('public_id').notNull(),
    /** Adapter id: remotive, greenhouse, ... */
    source: text('source').notNull(),
    /** The run target: the source id, or `greenhouse:gitlab` for one company's board. */
    sourceKey: text('source_key').notNull(),
    externalId: text('external_id').notNull(),
    url: text('url').notNull(),
    applyUrl: text('apply_url'),
    title: text('title').notNull(),
    company: text('company').notNull().default(''),
    location: text('location').notNull().default(''),
    descriptionHtml: text('description_html').notNull().default(''),
    descriptionText: text('description_text').notNull().default(''),
    /** The classifier's language: the board's declared one when it has one, else detected. */
    language: text('language').notNull().default('en'),
    /** The language the board itself declared (Mostaql, Greenhouse), kept so a reclassify keeps it. */
    declaredLanguage: text('declared_language'),
    postedAt: integer('posted_at'),
    firstSeenAt: integer('first_seen_at').notNull(),
    lastSeenAt: integer('last_seen_at').notNull(),
    expiresAt: integer('expires_at'),
    closedAt: integer('closed_at'),
    salary: text('salary'),
    salaryMin: integer('salary_min'),
    salaryMax: integer('salary_max'),
    salaryCurrency: text('salary_currency'),
    salaryPeriod: text('salary_period'),
    hints: text('hints', { mode: 'json' })
      .$type<Hints>()
      .notNull()
      .default(sql`'{}'`),
    /** Hash of the stored fields; an unchanged hash means "unchanged", not "updated". */
    contentHash: text('content_hash').notNull(),
    digitalMarketing: integer('digital_marketing', { mode: 'boolean' }).notNull().default(false),
    engagement: text('engagement').$type<Engagement>().notNull().default('unknown'),
    workplace: text('workplace').$type<Workplace>().notNull().default('unknown'),
    skills: text('skills', { mode: 'json' })
      .$type<SkillId[]>()
      .notNull()
      .default(sql`'[]'`),
    /** Bit i = SKILL_IDS[i], so a skills filter is one AND in SQL. */
    skillMask: integer('skill_mask').notNull().default(0),
    evidence: text('evidence', { mode: 'json' }).$type<Evidence>(),
    classifierVersion: text('classifier_version').notNull().default(''),
    // Pay and place (taxonomy §7), decided by the classify stage (they read its workplace).
    country: text('country'),
    city: text('city'),
    /** JSON of an OpenTo, or NULL (SQL NULL: a json-mode column would store the text "null" through the upsert's placeholders). */
    openTo: text('open_to'),
    payMin: real('pay_min'),
    payMax: real('pay_max'),
    payCurrency: text('pay_currency'),
    payPeriod: text('pay_period').$type<PayPeriod>(),
    /** Title and company + text normalised by lib/classifier/normalise: what FTS5 indexes. */
    searchTitle: text('search_title').notNull().default(''),
    searchBody: text('search_body').notNull().default(''),
    /** The place as a searcher may type it (lib/postings/classify.ts): its own FTS5 column, so
     *  search finds it while grouping, which compares bodies, never reads it. */
    searchPlace: text('search_place').notNull().default(''),
  },
  (t) => [
    uniqueIndex('postings_source_external').on(t.source, t.externalId),
    uniqueIndex('postings_public_id').on(t.publicId),
    // Covering index for the listing: the page walks it newest first and every filter count is
    // read from it without touching the (large) rows.
    index('postings_listing').on(t.digitalMarketing, t.closedAt, t.postedAt, t.workplace, t.engagement, t.source, t.language, t.skillMask),
    index('postings_source_key_open').on(t.sourceKey, t.closedAt),
  ],
);

/** Who may take a remote posting, one row per key: `*` (worldwide), a region name or a country
 *  code. The feeds' `open_to=EG` is one indexed lookup of the keys that hold EG. */
export const postingOpenTo = sqliteTable(
  'posting_open_to',
  {
    postingId: integer('posting_id')
      .notNull()
      .references(() => postings.id, { onDelete: 'cascade' }),
    key: text('key').notNull(),
  },
  (t) => [primaryKey({ columns: [t.key, t.postingId] }), index('posting_open_to_posting').on(t.postingId)],
);

export const sources = sqliteTable('sources', {
  /** A run target: `remotive`, or `greenhouse:gitlab`. */
  key: text('key').primaryKey(),
  source: text('source').notNull(),
  lastRunAt: integer('last_run_at'),
  lastOkAt: integer('last_ok_at'),
  nextRunAt: integer('next_run_at'),
  leaseOwner: text('lease_owner'),
  leaseExpiresAt: integer('lease_expires_at'),
});

/** Per URL: when it was last fetched live and its validators, for terms and conditional GETs. */
export const fetchState = sqliteTable('fetch_state', {
  url: text('url').primaryKey(),
  sourceKey: text('source_key').notNull(),
  lastFetchedAt: integer('last_fetched_at'),
  etag: text('etag'),
  lastModified: text('last_modified'),
});

export const RUN_STATUSES = ['running', 'ok', 'partial', 'skipped', 'failed'] as const;
export type RunStatus = (typeof RUN_STATUSES)[number];

export const scrapeRuns = sqliteTable(
  'scrape_runs',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    sourceKey: text('source_key').notNull(),
    startedAt: integer('started_at').notNull(),
    finishedAt: integer('finished_at'),
    status: text('status').$type<RunStatus>().notNull(),
    replay: integer('replay', { mode: 'boolean' }).notNull().default(false),
    fetched: integer('fetched').notNull().default(0),
    inserted: integer('inserted').notNull().default(0),
    updated: integer('updated').notNull().default(0),
    unchanged: integer('unchanged').notNull().default(0),
    invalid: integer('invalid').notNull().default(0),
    detailFailed: integer('detail_failed').notNull().default(0),
    closed: integer('closed').notNull().default(0),
    error: text('error'),
    notes: text('notes'),
  },
  (t) => [index('scrape_runs_source_started').on(t.sourceKey, t.startedAt)],
);

/** One row; bumped by every write so caches keyed on it go stale at the right moment. */
export const meta = sqliteTable('meta', {
  key: text('key').primaryKey(),
  value: text('value').notNull(),
});

/** Email alerts: one row per (address, view, language); deleted on unsubscribe or a hard bounce. */
export const alertSubscriptions = sqliteTable(
  'alert_subscriptions',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    email: text('email').notNull(),
    /** Lower-cased address: what uniqueness and the per-address rate limit use. */
    emailKey: text('email_key').notNull(),
    lang: text('lang').$type<'en' | 'ar'>().notNull(),
    /** The view's canonical query string (lib/filters), '' for all jobs. */
    view: text('view').notNull(),
    frequency: text('frequency').$type<'daily' | 'weekly'>().notNull(),
    createdAt: integer('created_at').notNull(),
    confirmedAt: integer('confirmed_at'),
    /** Last digest pass that looked at this subscription (mail or not): what "due" is measured from. */
    checkedAt: integer('checked_at'),
    lastDigestAt: integer('last_digest_at'),
  },
  (t) => [
    uniqueIndex('alert_subscriptions_email_view').on(t.emailKey, t.view, t.lang),
    index('alert_subscriptions_confirmed').on(t.confirmedAt),
  ],
);

export const DIGEST_STATES = ['sending', 'sent', 'failed', 'unknown'] as const;
export type DigestState = (typeof DIGEST_STATES)[number];

/** One row per mail handed to delivery: `sending` is committed before SMTP sees it. */
export const alertDigests = sqliteTable(
  'alert_digests',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    subscriptionId: integer('subscription_id')
      .notNull()
      .references(() => alertSubscriptions.id, { onDelete: 'cascade' }),
    state: text('state').$type<DigestState>().notNull(),
    jobs: integer('jobs').notNull(),
    createdAt: integer('created_at').notNull(),
    finishedAt: integer('finished_at'),
    error: text('error'),
  },
  (t) => [index('alert_digests_state').on(t.state)],
);

/**
 * What each subscription was sent: the key is `p:<public id>` today and can become `g:<group id>`
 * once postings are grouped, without a schema change.
 */
export const alertSent = sqliteTable(
  'alert_sent',
  {
    subscriptionId: integer('subscription_id')
      .notNull()
      .references(() => alertSubscriptions.id, { onDelete: 'cascade' }),
    itemKey: text('item_key').notNull(),
    digestId: integer('digest_id')
      .notNull()
      .references(() => alertDigests.id, { onDelete: 'cascade' }),
  },
  (t) => [primaryKey({ columns: [t.subscriptionId, t.itemKey] }), index('alert_sent_digest').on(t.digestId)],
);

/** Fixed-window counters for sign-ups; keys are HMACs of the client address or email, never the value. */
export const rateLimits = sqliteTable(
  'rate_limits',
  {
    key: text('key').notNull(),
    windowStart: integer('window_start').notNull(),
    count: integer('count').notNull(),
  },
  (t) => [primaryKey({ columns: [t.key, t.windowStart] })],
);

export type AlertSubscriptionRow = typeof alertSubscriptions.$inferSelect;

export type PostingRow = typeof postings.$inferSelect;
export type NewPostingRow = typeof postings.$inferInsert;
export type ScrapeRunRow = typeof scrapeRuns.$inferSelect;
export type SourceRow = typeof sources.$inferSelect;

/** The same job across boards and reposts (lib/grouping decides; db/queries/groups.ts keeps it).
 *  Listings, counts and feeds show one card per group: its representative copy. */
export const jobGroups = sqliteTable(
  'job_groups',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    /** Stable public id (feeds, API): derived from the first copy's public id, never changes. */
    publicId: text('public_id').notNull(),
    /** The blocking key its copies share. */
    groupKey: text('group_key').notNull(),
    /** The fullest open copy (ties: earliest first seen); the fullest of all when none is open. */
    representativeId: integer('representative_id').notNull(),
    firstSeenAt: integer('first_seen_at').notNull(),
    /** Null while any copy is open; else when the last open copy closed. */
    closedAt: integer('closed_at'),
    copies: integer('copies').notNull().default(1),
  },
  // public_id is indexed for /groups/<id>, where a feed item's id leads: a public address, so a
  // lookup must not scan the table. Not unique: ingest never gives two groups one name, but a
  // clash must not fail a scrape's transaction.
  (t) => [uniqueIndex('job_groups_representative').on(t.representativeId), index('job_groups_public_id').on(t.publicId)],
);

/** Each posting's group, and why it joined (npm run groups -- --explain). */
export const groupMembers = sqliteTable(
  'group_members',
  {
    postingId: integer('posting_id')
      .primaryKey()
      .references(() => postings.id, { onDelete: 'cascade' }),
    groupId: integer('group_id')
      .notNull()
      .references(() => jobGroups.id, { onDelete: 'cascade' }),
    /** The blocking key (lib/grouping): a new posting is compared with the newest copies of its key. */
    groupKey: text('group_key').notNull(),
    /** 'first' for the copy that started the group, else lib/grouping's merge reason. */
    reason: text('reason').notNull(),
    score: real('score').notNull().default(1),
    /** The representative it was compared with when it joined. */
    matchedId: integer('matched_id'),
    joinedAt: integer('joined_at').notNull(),
    /** True for every copy but the representative: listings leave these out (a posting with no
     *  row here, stored before grouping, is its own group). */
    isCopy: integer('is_copy', { mode: 'boolean' }).notNull().default(false),
  },
  (t) => [
    index('group_members_group').on(t.groupId),
    index('group_members_key').on(t.groupKey, t.postingId, t.groupId),
    index('group_members_copies')
      .on(t.postingId)
      .where(sql`is_copy = 1`),
  ],
);

export type JobGroupRow = typeof jobGroups.$inferSelect;
export type GroupMemberRow = typeof groupMembers.$inferSelect;
