-- Full-text search over the normalised title and body (company + description). The columns are
-- written by the upsert with the classifier's normaliser, so Arabic matches regardless of
-- diacritics, hamza forms, ta marbuta, alef maqsura, digits and the article.
CREATE VIRTUAL TABLE `postings_fts` USING fts5(
  search_title,
  search_body,
  content='postings',
  content_rowid='id',
  tokenize='unicode61 remove_diacritics 2'
);
--> statement-breakpoint
CREATE TRIGGER `postings_fts_insert` AFTER INSERT ON `postings` BEGIN
  INSERT INTO postings_fts(rowid, search_title, search_body) VALUES (new.id, new.search_title, new.search_body);
END;
--> statement-breakpoint
CREATE TRIGGER `postings_fts_delete` AFTER DELETE ON `postings` BEGIN
  INSERT INTO postings_fts(postings_fts, rowid, search_title, search_body) VALUES ('delete', old.id, old.search_title, old.search_body);
END;
--> statement-breakpoint
-- Only when the indexed text changes: a scrape that refreshes last-seen leaves the index alone.
CREATE TRIGGER `postings_fts_update` AFTER UPDATE OF search_title, search_body ON `postings` BEGIN
  INSERT INTO postings_fts(postings_fts, rowid, search_title, search_body) VALUES ('delete', old.id, old.search_title, old.search_body);
  INSERT INTO postings_fts(rowid, search_title, search_body) VALUES (new.id, new.search_title, new.search_body);
END;
