CREATE TABLE `fetch_state` (
	`url` text PRIMARY KEY NOT NULL,
	`source_key` text NOT NULL,
	`last_fetched_at` integer,
	`etag` text,
	`last_modified` text
);
--> statement-breakpoint
CREATE TABLE `meta` (
	`key` text PRIMARY KEY NOT NULL,
	`value` text NOT NULL
);
--> statement-breakpoint
CREATE TABLE `postings` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`public_id` text NOT NULL,
	`source` text NOT NULL,
	`source_key` text NOT NULL,
	`external_id` text NOT NULL,
	`url` text NOT NULL,
	`apply_url` text,
	`title` text NOT NULL,
	`company` text DEFAULT '' NOT NULL,
	`location` text DEFAULT '' NOT NULL,
	`description_html` text DEFAULT '' NOT NULL,
	`description_text` text DEFAULT '' NOT NULL,
	`language` text DEFAULT 'en' NOT NULL,
	`posted_at` integer,
	`first_seen_at` integer NOT NULL,
	`last_seen_at` integer NOT NULL,
	`expires_at` integer,
	`closed_at` integer,
	`salary` text,
	`salary_min` integer,
	`salary_max` integer,
	`salary_currency` text,
	`salary_period` text,
	`hints` text DEFAULT '{}' NOT NULL,
	`content_hash` text NOT NULL,
	`digital_marketing` integer DEFAULT false NOT NULL,
	`engagement` text DEFAULT 'unknown' NOT NULL,
	`workplace` text DEFAULT 'unknown' NOT NULL,
	`skills` text DEFAULT '[]' NOT NULL,
	`skill_mask` integer DEFAULT 0 NOT NULL,
	`evidence` text,
	`classifier_version` text DEFAULT '' NOT NULL,
	`search_title` text DEFAULT '' NOT NULL,
	`search_body` text DEFAULT '' NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `postings_source_external` ON `postings` (`source`,`external_id`);--> statement-breakpoint
CREATE UNIQUE INDEX `postings_public_id` ON `postings` (`public_id`);--> statement-breakpoint
CREATE INDEX `postings_listing` ON `postings` (`digital_marketing`,`closed_at`,`posted_at`);--> statement-breakpoint
CREATE INDEX `postings_source_key_open` ON `postings` (`source_key`,`closed_at`);--> statement-breakpoint
CREATE TABLE `scrape_runs` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`source_key` text NOT NULL,
	`started_at` integer NOT NULL,
	`finished_at` integer,
	`status` text NOT NULL,
	`replay` integer DEFAULT false NOT NULL,
	`fetched` integer DEFAULT 0 NOT NULL,
	`inserted` integer DEFAULT 0 NOT NULL,
	`updated` integer DEFAULT 0 NOT NULL,
	`unchanged` integer DEFAULT 0 NOT NULL,
	`invalid` integer DEFAULT 0 NOT NULL,
	`detail_failed` integer DEFAULT 0 NOT NULL,
	`closed` integer DEFAULT 0 NOT NULL,
	`error` text,
	`notes` text
);
--> statement-breakpoint
CREATE INDEX `scrape_runs_source_started` ON `scrape_runs` (`source_key`,`started_at`);--> statement-breakpoint
CREATE TABLE `sources` (
	`key` text PRIMARY KEY NOT NULL,
	`source` text NOT NULL,
	`last_run_at` integer,
	`last_ok_at` integer,
	`next_run_at` integer,
	`lease_owner` text,
	`lease_expires_at` integer
);
