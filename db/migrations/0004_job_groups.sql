CREATE TABLE `group_members` (
	`posting_id` integer PRIMARY KEY NOT NULL,
	`group_id` integer NOT NULL,
	`group_key` text NOT NULL,
	`reason` text NOT NULL,
	`score` real DEFAULT 1 NOT NULL,
	`matched_id` integer,
	`joined_at` integer NOT NULL,
	`is_copy` integer DEFAULT false NOT NULL,
	FOREIGN KEY (`posting_id`) REFERENCES `postings`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`group_id`) REFERENCES `job_groups`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `group_members_group` ON `group_members` (`group_id`);--> statement-breakpoint
CREATE INDEX `group_members_key` ON `group_members` (`group_key`,`posting_id`,`group_id`);--> statement-breakpoint
CREATE INDEX `group_members_copies` ON `group_members` (`posting_id`) WHERE is_copy = 1;--> statement-breakpoint
CREATE TABLE `job_groups` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`public_id` text NOT NULL,
	`group_key` text NOT NULL,
	`representative_id` integer NOT NULL,
	`first_seen_at` integer NOT NULL,
	`closed_at` integer,
	`copies` integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `job_groups_representative` ON `job_groups` (`representative_id`);