CREATE TABLE `alert_digests` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`subscription_id` integer NOT NULL,
	`state` text NOT NULL,
	`jobs` integer NOT NULL,
	`created_at` integer NOT NULL,
	`finished_at` integer,
	`error` text,
	FOREIGN KEY (`subscription_id`) REFERENCES `alert_subscriptions`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `alert_digests_state` ON `alert_digests` (`state`);--> statement-breakpoint
CREATE TABLE `alert_sent` (
	`subscription_id` integer NOT NULL,
	`item_key` text NOT NULL,
	`digest_id` integer NOT NULL,
	PRIMARY KEY(`subscription_id`, `item_key`),
	FOREIGN KEY (`subscription_id`) REFERENCES `alert_subscriptions`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`digest_id`) REFERENCES `alert_digests`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `alert_sent_digest` ON `alert_sent` (`digest_id`);--> statement-breakpoint
CREATE TABLE `alert_subscriptions` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`email` text NOT NULL,
	`email_key` text NOT NULL,
	`lang` text NOT NULL,
	`view` text NOT NULL,
	`frequency` text NOT NULL,
	`created_at` integer NOT NULL,
	`confirmed_at` integer,
	`checked_at` integer,
	`last_digest_at` integer
);
--> statement-breakpoint
CREATE UNIQUE INDEX `alert_subscriptions_email_view` ON `alert_subscriptions` (`email_key`,`view`,`lang`);--> statement-breakpoint
CREATE INDEX `alert_subscriptions_confirmed` ON `alert_subscriptions` (`confirmed_at`);--> statement-breakpoint
CREATE TABLE `rate_limits` (
	`key` text NOT NULL,
	`window_start` integer NOT NULL,
	`count` integer NOT NULL,
	PRIMARY KEY(`key`, `window_start`)
);
