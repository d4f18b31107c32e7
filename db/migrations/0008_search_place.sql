-- The place as a searcher may type it (the board's words, and the country and city named in
-- English and Arabic) in a column of its own, indexed beside the title and body. A column of its
-- own rather than more body text: grouping compares bodies, and two jobs in one city are not
-- one job. Rows stored before this have an empty place until `npm run reclassify` (the rules
-- version changed with it) writes theirs; the board's own location words are copied meanwhile.
ALTER TABLE `postings` ADD `search_place` text DEFAULT '' NOT NULL;
--> statement-breakpoint
UPDATE `postings` SET `search_place` = lower(`location`);
--> statement-breakpoint
DROP TRIGGER `postings_fts_insert`;
--> statement-breakpoint
DROP TRIGGER `postings_fts_delete`;
--> statement-breakpoint
DROP TRIGGER `postings_fts_update`;
--> statement-breakpoint
DROP TABLE `postings_fts`;
--> statement-breakpoint
CREATE VIRTUAL TABLE `postings_fts` USING fts5(
  search_title,
  search_body,
  search_place,
  content='postings',
  content_rowid='id',
  tokenize='unicode61 remove_diacritics 2'
);
--> statement-breakpoint
INSERT INTO postings_fts(postings_fts) VALUES ('rebuild');
--> statement-breakpoint
CREATE TRIGGER `postings_fts_insert` AFTER INSERT ON `postings` BEGIN
  INSERT INTO postings_fts(rowid, search_title, search_body, search_place) VALUES (new.id, new.search_title, new.search_body, new.search_place);
END;
--> statement-breakpoint
CREATE TRIGGER `postings_fts_delete` AFTER DELETE ON `postings` BEGIN
  INSERT INTO postings_fts(postings_fts, rowid, search_title, search_body, search_place) VALUES ('delete', old.id, old.search_title, old.search_body, old.search_place);
END;
--> statement-breakpoint
-- Only when the indexed text changes: a scrape that refreshes last-seen leaves the index alone.
CREATE TRIGGER `postings_fts_update` AFTER UPDATE OF search_title, search_body, search_place ON `postings` BEGIN
  INSERT INTO postings_fts(postings_fts, rowid, search_title, search_body, search_place) VALUES ('delete', old.id, old.search_title, old.search_body, old.search_place);
  INSERT INTO postings_fts(rowid, search_title, search_body, search_place) VALUES (new.id, new.search_title, new.search_body, new.search_place);
END;
