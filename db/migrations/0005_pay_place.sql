CREATE TABLE `posting_open_to` (
	`posting_id` integer NOT NULL,
	`key` text NOT NULL,
	PRIMARY KEY(`key`, `posting_id`),
	FOREIGN KEY (`posting_id`) REFERENCES `postings`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `posting_open_to_posting` ON `posting_open_to` (`posting_id`);--> statement-breakpoint
ALTER TABLE `postings` ADD `country` text;--> statement-breakpoint
ALTER TABLE `postings` ADD `city` text;--> statement-breakpoint
ALTER TABLE `postings` ADD `open_to` text;--> statement-breakpoint
ALTER TABLE `postings` ADD `pay_min` real;--> statement-breakpoint
ALTER TABLE `postings` ADD `pay_max` real;--> statement-breakpoint
ALTER TABLE `postings` ADD `pay_currency` text;--> statement-breakpoint
ALTER TABLE `postings` ADD `pay_period` text;