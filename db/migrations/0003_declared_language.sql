ALTER TABLE `postings` ADD `declared_language` text;--> statement-breakpoint
-- Mostaql's parser declares every posting Arabic; the others get theirs at their next scrape (the content hash includes it).
UPDATE `postings` SET `declared_language` = 'ar' WHERE `source` = 'mostaql';