// The SQLite schema, as numbered migrations. Never edit a released migration:
// add a new one. store/postgres/postgres_schema.cc holds the same tables for
// PostgreSQL, and the store contract suite runs against both.
#include "store/sqlite/sqlite_store.h"

namespace rapport::store::sqlite {

const std::vector<sql::Migration>& SqliteMigrations() {
  static const std::vector<sql::Migration> migrations = {
      {1, "initial schema", R"sql(
CREATE TABLE schema_migrations (
  version INTEGER PRIMARY KEY,
  name TEXT NOT NULL
);
CREATE TABLE settings (
  key TEXT PRIMARY KEY,
  value TEXT NOT NULL
);
CREATE TABLE users (
  id INTEGER PRIMARY KEY,
  login TEXT NOT NULL UNIQUE,
  display_name TEXT NOT NULL,
  signature TEXT NOT NULL DEFAULT '',
  bio TEXT NOT NULL DEFAULT '',
  role TEXT NOT NULL CHECK (role IN ('admin', 'author', 'moderator')),
  password_hash TEXT NOT NULL DEFAULT '',
  created_at INTEGER NOT NULL
);
CREATE TABLE series (
  id INTEGER PRIMARY KEY,
  slug TEXT NOT NULL UNIQUE,
  title TEXT NOT NULL,
  description TEXT NOT NULL DEFAULT ''
);
CREATE TABLE posts (
  id INTEGER PRIMARY KEY,
  slug TEXT NOT NULL UNIQUE,
  title TEXT NOT NULL,
  body TEXT NOT NULL,
  excerpt TEXT NOT NULL DEFAULT '',
  status TEXT NOT NULL CHECK (status IN ('draft', 'published', 'scheduled')),
  published_at INTEGER NOT NULL,
  updated_at INTEGER NOT NULL,
  author_id INTEGER NOT NULL REFERENCES users (id),
  series_id INTEGER REFERENCES series (id) ON DELETE SET NULL,
  series_position INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX posts_by_date ON posts (published_at DESC, id DESC);
CREATE INDEX posts_by_series ON posts (series_id, series_position);
CREATE TABLE terms (
  id INTEGER PRIMARY KEY,
  kind TEXT NOT NULL CHECK (kind IN ('category', 'tag')),
  slug TEXT NOT NULL,
  name TEXT NOT NULL,
  description TEXT NOT NULL DEFAULT '',
  UNIQUE (kind, slug)
);
CREATE TABLE post_terms (
  post_id INTEGER NOT NULL REFERENCES posts (id) ON DELETE CASCADE,
  term_id INTEGER NOT NULL REFERENCES terms (id) ON DELETE CASCADE,
  PRIMARY KEY (post_id, term_id)
);
CREATE INDEX post_terms_by_term ON post_terms (term_id);
CREATE TABLE comments (
  id INTEGER PRIMARY KEY,
  post_id INTEGER NOT NULL REFERENCES posts (id) ON DELETE CASCADE,
  parent_id INTEGER REFERENCES comments (id) ON DELETE SET NULL,
  root_id INTEGER NOT NULL DEFAULT 0,
  depth INTEGER NOT NULL CHECK (depth >= 1),
  author_name TEXT NOT NULL,
  author_email TEXT NOT NULL DEFAULT '',
  body TEXT NOT NULL,
  status TEXT NOT NULL CHECK (status IN ('pending', 'approved', 'spam', 'trash')),
  created_at INTEGER NOT NULL,
  is_author_reply INTEGER NOT NULL DEFAULT 0,
  user_id INTEGER REFERENCES users (id) ON DELETE SET NULL
);
CREATE INDEX comments_by_root ON comments (post_id, parent_id, created_at, id);
CREATE INDEX comments_in_thread ON comments (root_id, status);
CREATE INDEX comments_by_status ON comments (status, created_at);
CREATE INDEX comments_by_writer ON comments (author_email, author_name, status);
)sql"},
      {2, "the author's desk", R"sql(
ALTER TABLE users ADD COLUMN email TEXT NOT NULL DEFAULT '';
ALTER TABLE comments ADD COLUMN is_private INTEGER NOT NULL DEFAULT 0;
ALTER TABLE comments ADD COLUMN publish_consent INTEGER NOT NULL DEFAULT 0;
ALTER TABLE comments ADD COLUMN risk_level TEXT NOT NULL DEFAULT 'none';
ALTER TABLE comments ADD COLUMN risk_reasons TEXT NOT NULL DEFAULT '';
ALTER TABLE comments ADD COLUMN inbox_dismissed_at INTEGER;
ALTER TABLE comments ADD COLUMN updated_at INTEGER NOT NULL DEFAULT 0;
CREATE INDEX comments_for_inbox ON comments (is_author_reply, status, created_at);
CREATE INDEX comments_by_parent ON comments (parent_id, is_author_reply);
CREATE TABLE sessions (
  token_hash TEXT PRIMARY KEY,
  user_id INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  created_at INTEGER NOT NULL,
  last_seen_at INTEGER NOT NULL,
  expires_at INTEGER NOT NULL
);
CREATE INDEX sessions_by_user ON sessions (user_id);
CREATE TABLE login_failures (
  id INTEGER PRIMARY KEY,
  scope TEXT NOT NULL,
  at INTEGER NOT NULL
);
CREATE INDEX login_failures_by_scope ON login_failures (scope, at);
CREATE TABLE comment_revisions (
  id INTEGER PRIMARY KEY,
  comment_id INTEGER NOT NULL REFERENCES comments (id) ON DELETE CASCADE,
  author_name TEXT NOT NULL,
  body TEXT NOT NULL,
  replaced_at INTEGER NOT NULL,
  replaced_by INTEGER REFERENCES users (id) ON DELETE SET NULL
);
CREATE INDEX comment_revisions_by_comment ON comment_revisions (comment_id, id);
CREATE TABLE comment_events (
  id INTEGER PRIMARY KEY,
  comment_id INTEGER NOT NULL REFERENCES comments (id) ON DELETE CASCADE,
  user_id INTEGER REFERENCES users (id) ON DELETE SET NULL,
  action TEXT NOT NULL,
  detail TEXT NOT NULL DEFAULT '',
  at INTEGER NOT NULL
);
CREATE INDEX comment_events_by_comment ON comment_events (comment_id, id);
CREATE TABLE outbox (
  id INTEGER PRIMARY KEY,
  recipient TEXT NOT NULL,
  subject TEXT NOT NULL,
  body TEXT NOT NULL,
  kind TEXT NOT NULL,
  comment_id INTEGER REFERENCES comments (id) ON DELETE SET NULL,
  status TEXT NOT NULL CHECK (status IN ('queued', 'sending', 'sent', 'dead')),
  attempts INTEGER NOT NULL DEFAULT 0,
  next_attempt_at INTEGER NOT NULL,
  last_error TEXT NOT NULL DEFAULT '',
  created_at INTEGER NOT NULL,
  sent_at INTEGER
);
CREATE INDEX outbox_due ON outbox (status, next_attempt_at);
CREATE TABLE message_templates (
  id INTEGER PRIMARY KEY,
  kind TEXT NOT NULL,
  title TEXT NOT NULL,
  body TEXT NOT NULL,
  updated_at INTEGER NOT NULL
);
)sql"},
      {3, "care, privacy and spam defence", R"sql(
ALTER TABLE comments ADD COLUMN content_warning TEXT NOT NULL DEFAULT '';
ALTER TABLE comments ADD COLUMN address_hash TEXT NOT NULL DEFAULT '';
ALTER TABLE comments ADD COLUMN spam_reasons TEXT NOT NULL DEFAULT '';
ALTER TABLE comments ADD COLUMN spam_training TEXT NOT NULL DEFAULT '';
ALTER TABLE comments ADD COLUMN erased_at INTEGER;
CREATE INDEX comments_by_address ON comments (address_hash, created_at);
CREATE INDEX comments_by_email ON comments (author_email, created_at);
)sql"},
      {4, "staff judge the screener", R"sql(
ALTER TABLE comments ADD COLUMN screened_risk TEXT NOT NULL DEFAULT 'none';
UPDATE comments SET screened_risk = risk_level;
ALTER TABLE comments ADD COLUMN risk_judged_at INTEGER;
CREATE INDEX comments_by_risk_judgement ON comments (created_at) WHERE risk_judged_at IS NOT NULL;
)sql"},
  };
  return migrations;
}

}  // namespace rapport::store::sqlite
