// Store: the one interface between Rapport and its database.
//
// Services call these methods; nothing above this layer writes SQL. Two
// implementations pass the same contract suite (tests/store/store_contract_test.cc):
// SqliteStore (the embedded default) and PostgresStore (for several nodes).
// Both share their queries through sql/sql_store.h and differ in connection,
// schema and dialect.
//
// Contract, for every implementation:
//  - A method that returns success has committed its write durably: the HTTP
//    layer may acknowledge it.
//  - "Not found" is not an error for Find* methods: they return an empty
//    optional. Unique-key clashes return ErrorCode::kConflict.
//  - Timestamps are UnixSeconds; lists have a stated order and ties break by id.
//
// Thread safety: all methods may be called from any thread concurrently.
#pragma once

#include <cstdint>
#include <functional>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/comment.h"
#include "core/mail.h"
#include "core/moderation.h"
#include "core/post.h"
#include "core/session.h"
#include "core/result.h"
#include "core/thread.h"
#include "core/user.h"

namespace rapport::store {

struct PageRequest {
  int offset = 0;
  int limit = 20;
};

// Which posts a listing shows. Only posts visible at `now` (published, or
// scheduled with their time come) are listed.
struct PostFilter {
  UnixSeconds now = 0;
  std::optional<std::int64_t> term_id;    // only posts with this category or tag
  std::optional<std::int64_t> series_id;  // only posts of this series
};

// Which top-level comments of a post a page of threads is built from.
struct ThreadQuery {
  std::int64_t post_id = 0;
  // Comments with these ids are shown whatever their status: the viewer's
  // own comments still awaiting moderation.
  std::vector<std::int64_t> also_visible_ids;
  ThreadOrder order = ThreadOrder::kOldestFirst;
  PageRequest page{0, 50};
};

// Which comments a moderation list shows.
struct CommentQuery {
  std::optional<CommentStatus> status;             // any status when empty
  std::optional<std::int64_t> post_id;             // one post's comments
  std::optional<std::int64_t> posts_by_author_id;  // comments on this author's posts
  std::optional<UnixSeconds> written_after;        // only comments written after this time
  bool oldest_first = false;
  bool risk_first = true;  // crisis, then concern, before the rest
  PageRequest page{0, 50};
};

// Which questions the "waiting for an answer" inbox shows: reader comments,
// top-level or replying to a site author, approved or private, with no
// author reply yet.
struct InboxQuery {
  bool dismissed = false;                          // the dismissed ones instead
  std::optional<std::int64_t> posts_by_author_id;  // on this author's posts only
  PageRequest page{0, 50};
};

// Comments written on one day (days since the Unix epoch, UTC), per status.
struct DailyCount {
  std::int64_t day = 0;
  CommentStatus status = CommentStatus::kApproved;
  std::int64_t count = 0;
};

// How many readers' comments the screener put at one level and staff judged
// at another (or did not judge: nullopt).
struct RiskJudgementCount {
  RiskLevel screened = RiskLevel::kNone;
  std::optional<RiskLevel> judged;
  std::int64_t count = 0;
};

// When a question was asked and when a site author first answered it.
struct QuestionTiming {
  std::int64_t question_id = 0;
  UnixSeconds asked_at = 0;
  std::optional<UnixSeconds> first_answer_at;
};

class Store {
 public:
  virtual ~Store() = default;

  // ---- Schema -------------------------------------------------------------
  // "sqlite" or "postgresql".
  virtual std::string_view BackendName() const = 0;
  // The schema version the database is at; 0 for a database Rapport never touched.
  virtual Result<int> SchemaVersion() = 0;
  // The version this build of Rapport expects.
  virtual int LatestSchemaVersion() const = 0;
  // Applies every migration the database lacks, each in its own transaction,
  // up to `up_to` (the latest when 0; an earlier version for tests of upgrades).
  virtual Result<void> Migrate(int up_to = 0) = 0;

  // Runs `fn` in one transaction: every Store call `fn` makes on this thread
  // joins it, and all of them commit or none does. Nested calls join the
  // outer transaction.
  virtual Result<void> InTransaction(const std::function<Result<void>()>& fn) = 0;

  // True when the site has no posts and no users (a fresh install).
  virtual Result<bool> IsEmpty() = 0;

  // ---- Settings: small site-wide values (site title, notice, keys) -------
  virtual Result<std::optional<std::string>> GetSetting(std::string_view key) = 0;
  virtual Result<void> PutSetting(std::string_view key, std::string_view value) = 0;
  // Stores `value` unless the key already has one; returns the value kept
  // (so nodes starting together agree on one).
  virtual Result<std::string> InitSetting(std::string_view key, std::string_view value) = 0;

  // ---- Users ----------------------------------------------------------------
  // Fills in id. Conflict when the login is taken.
  virtual Result<User> CreateUser(const User& user, std::string_view password_hash) = 0;
  virtual Result<std::optional<User>> FindUserById(std::int64_t id) = 0;
  virtual Result<std::optional<User>> FindUserByLogin(std::string_view login) = 0;
  // Ordered by login.
  virtual Result<std::vector<User>> ListUsers() = 0;
  // Changes display name, signature, bio, email and role.
  virtual Result<void> UpdateUser(const User& user) = 0;
  // The stored argon2id hash; "" when no password was ever set.
  virtual Result<std::string> PasswordHash(std::int64_t user_id) = 0;
  virtual Result<void> SetPasswordHash(std::int64_t user_id, std::string_view hash) = 0;

  // ---- Sessions and sign-in throttling ---------------------------------------
  virtual Result<void> CreateSession(const Session& session) = 0;
  virtual Result<std::optional<Session>> FindSession(std::string_view token_hash) = 0;
  virtual Result<void> TouchSession(std::string_view token_hash, UnixSeconds at) = 0;
  virtual Result<void> DeleteSession(std::string_view token_hash) = 0;
  virtual Result<void> DeleteSessionsOf(std::int64_t user_id) = 0;
  // Removes sessions past their absolute end or idle since before `idle_before`.
  virtual Result<void> DeleteExpiredSessions(UnixSeconds now, UnixSeconds idle_before) = 0;
  // Failed sign-ins are counted per scope ("login:nora", "address:<keyed hash>").
  virtual Result<void> RecordLoginFailure(std::string_view scope, UnixSeconds at) = 0;
  virtual Result<std::int64_t> CountLoginFailures(std::string_view scope, UnixSeconds since) = 0;
  virtual Result<void> ClearLoginFailures(std::string_view scope) = 0;

  // ---- Series ---------------------------------------------------------------
  virtual Result<Series> CreateSeries(const Series& series) = 0;
  virtual Result<std::optional<Series>> FindSeriesById(std::int64_t id) = 0;
  virtual Result<std::optional<Series>> FindSeriesBySlug(std::string_view slug) = 0;
  // Ordered by title.
  virtual Result<std::vector<Series>> ListSeries() = 0;

  virtual Result<void> UpdateSeries(const Series& series) = 0;

  // ---- Categories and tags ---------------------------------------------------
  virtual Result<Term> CreateTerm(const Term& term) = 0;
  virtual Result<std::optional<Term>> FindTerm(TermKind kind, std::string_view slug) = 0;
  // Ordered by name.
  virtual Result<std::vector<Term>> ListTerms(TermKind kind) = 0;
  virtual Result<void> UpdateTerm(const Term& term) = 0;
  // Replaces the post's categories and tags with `term_ids`.
  virtual Result<void> SetPostTerms(std::int64_t post_id, const std::vector<std::int64_t>& term_ids) = 0;
  // Categories first, then tags, each by name.
  virtual Result<std::vector<Term>> ListPostTerms(std::int64_t post_id) = 0;

  // ---- Posts ----------------------------------------------------------------
  // Fills in id. Conflict when the slug is taken.
  virtual Result<Post> CreatePost(const Post& post) = 0;
  virtual Result<void> UpdatePost(const Post& post) = 0;
  virtual Result<std::optional<Post>> FindPostById(std::int64_t id) = 0;
  virtual Result<std::optional<Post>> FindPostBySlug(std::string_view slug) = 0;
  // Visible posts matching `filter`, newest first.
  virtual Result<std::vector<Post>> ListVisiblePosts(const PostFilter& filter, PageRequest page) = 0;
  virtual Result<std::int64_t> CountVisiblePosts(const PostFilter& filter) = 0;
  // Every post in any status, most recently changed first (the desk's list).
  virtual Result<std::vector<Post>> ListAllPosts(PageRequest page) = 0;
  virtual Result<std::int64_t> CountAllPosts() = 0;
  // Posts (published or scheduled) whose publication time falls in
  // (after, until]: the ones that went live in that window.
  virtual Result<std::vector<Post>> ListPostsGoingLive(UnixSeconds after, UnixSeconds until) = 0;
  // The posts of a series by position (all statuses; callers filter).
  virtual Result<std::vector<Post>> ListSeriesPosts(std::int64_t series_id) = 0;
  // Every visible post that belongs to a series, by series id, then position:
  // one query for pages that list all series with their parts.
  virtual Result<std::vector<Post>> ListVisibleSeriesPosts(UnixSeconds now) = 0;

  // ---- Comments -------------------------------------------------------------
  // Stores a comment already placed in its thread (see PlaceReply): uses
  // post_id, parent_id, root_id (0 for a new top-level comment, which becomes
  // its own root), depth, the author fields, body, status, created_at,
  // is_author_reply and user_id. Returns it with id and root_id filled in.
  virtual Result<Comment> InsertComment(const Comment& comment) = 0;
  virtual Result<std::optional<Comment>> FindComment(std::int64_t id) = 0;
  // The comment followed by its ancestors, nearest first, at most `max` of
  // them. Empty when the comment does not exist.
  virtual Result<std::vector<Comment>> CommentChain(std::int64_t id, int max) = 0;
  virtual Result<void> SetCommentStatus(std::int64_t id, CommentStatus status) = 0;

  // Ids of the top-level comments of one page of threads, in the query's
  // order: those with at least one comment in their thread that is approved
  // or among `also_visible_ids`.
  virtual Result<std::vector<std::int64_t>> ListThreadRoots(const ThreadQuery& query) = 0;
  // How many such threads there are (for pagination).
  virtual Result<std::int64_t> CountThreadRoots(const ThreadQuery& query) = 0;
  // How many such threads come before the one rooted at `root_id` in the
  // query's order (to find the page a comment is on).
  virtual Result<std::int64_t> CountThreadRootsBefore(const ThreadQuery& query, std::int64_t root_id) = 0;
  // Every comment, in any status, of the threads rooted at `root_ids`.
  virtual Result<std::vector<Comment>> ListThreadComments(std::int64_t post_id,
                                                          const std::vector<std::int64_t>& root_ids) = 0;
  // Approved comments per post, for the posts given (missing = 0).
  virtual Result<std::map<std::int64_t, std::int64_t>> CountApprovedComments(
      const std::vector<std::int64_t>& post_ids) = 0;
  // How many comments there are in each status, site-wide.
  virtual Result<std::map<CommentStatus, std::int64_t>> CountCommentsByStatus() = 0;
  // ---- Moderation -------------------------------------------------------------
  virtual Result<std::vector<Comment>> ListComments(const CommentQuery& query) = 0;
  virtual Result<std::int64_t> CountComments(const CommentQuery& query) = 0;
  // Replaces a comment's name and text, keeping the previous ones as a revision.
  virtual Result<void> UpdateCommentText(std::int64_t id, std::string_view author_name, std::string_view body,
                                         UnixSeconds at, std::optional<std::int64_t> by_user) = 0;
  // Oldest first.
  virtual Result<std::vector<CommentRevision>> ListCommentRevisions(std::int64_t comment_id) = 0;
  virtual Result<void> AddCommentEvent(const CommentEvent& event) = 0;
  // Oldest first.
  virtual Result<std::vector<CommentEvent>> ListCommentEvents(std::int64_t comment_id) = 0;
  // Comments with this writer's email (or, without one, name) written before `before_id`.
  virtual Result<std::int64_t> CountEarlierCommentsBy(std::string_view author_name, std::string_view author_email,
                                                      std::int64_t before_id) = 0;
  // A member of staff judged the comment's risk: `risk` becomes `judged` and
  // risk_judged_at `at`; screened_risk and risk_reasons keep the screener's view.
  virtual Result<void> JudgeCommentRisk(std::int64_t id, RiskLevel judged, UnixSeconds at) = 0;
  // Comments whose risk staff judged and whose text still exists, oldest
  // judgement first.
  virtual Result<std::vector<Comment>> ListJudgedComments(PageRequest page) = 0;
  virtual Result<void> SetCommentPrivacy(std::int64_t id, bool is_private) = 0;
  // Takes a question out of the inbox (`at` set) or puts it back (nullopt).
  virtual Result<void> SetInboxDismissed(std::int64_t id, std::optional<UnixSeconds> at) = 0;
  // Oldest first.
  virtual Result<std::vector<Comment>> ListWaitingQuestions(const InboxQuery& query) = 0;
  virtual Result<std::int64_t> CountWaitingQuestions(const InboxQuery& query) = 0;
  // The replies to `parent_id`, oldest first (any status).
  virtual Result<std::vector<Comment>> ListReplies(std::int64_t parent_id) = 0;

  // ---- Spam defence and privacy ---------------------------------------------------
  // Comments written since `since` from this address hash / with this email.
  virtual Result<std::int64_t> CountCommentsByAddress(std::string_view address_hash, UnixSeconds since) = 0;
  virtual Result<std::int64_t> CountCommentsByEmail(std::string_view email, UnixSeconds since) = 0;
  // True when the same text was posted since `since` by the same writer: under
  // the same name on the same post, or with the same email or from the same
  // address anywhere. Two readers who both write "Thank you." are not duplicates.
  virtual Result<bool> HasRecentDuplicate(std::int64_t post_id, std::string_view body, std::string_view author_name,
                                          std::string_view email, std::string_view address_hash,
                                          UnixSeconds since) = 0;
  virtual Result<void> SetCommentSpamReasons(std::int64_t id, std::string_view reasons) = 0;
  virtual Result<void> SetSpamTraining(std::int64_t id, std::string_view trained_as) = 0;
  // Every comment written with this email address, oldest first (for an export).
  virtual Result<std::vector<Comment>> ListCommentsByEmail(std::string_view email) = 0;
  // Erases a comment: the name becomes "Former reader", text, email and
  // address hash are removed, its place in the thread stays.
  virtual Result<void> EraseComment(std::int64_t id, UnixSeconds at) = 0;
  // Erases every comment written with this email; returns how many.
  virtual Result<std::int64_t> EraseCommentsByEmail(std::string_view email, UnixSeconds at) = 0;
  // Deletes a comment that has no replies (its writer took it back at once).
  virtual Result<void> DeleteComment(std::int64_t id) = 0;
  // Retention: forgets address hashes of comments written before `before`,
  // sign-in failures before it, and sent or dead mail created before it.
  // Returns how many records changed.
  virtual Result<std::int64_t> PurgeBefore(UnixSeconds before) = 0;

  // ---- Figures ----------------------------------------------------------------
  // Readers' comments (not spam) written since `since`, counted by what the
  // screener said and what staff judged (nullopt: not judged).
  virtual Result<std::vector<RiskJudgementCount>> CountRiskJudgements(UnixSeconds since) = 0;
  virtual Result<std::vector<DailyCount>> CountCommentsPerDay(UnixSeconds since) = 0;
  // Questions (approved or private reader comments, top level or replying to an
  // author) asked since `since`, with the time of the first author reply.
  virtual Result<std::vector<QuestionTiming>> QuestionTimings(UnixSeconds since) = 0;
  // (post id, approved comments written since `since`), most first.
  virtual Result<std::vector<std::pair<std::int64_t, std::int64_t>>> MostDiscussedPosts(UnixSeconds since,
                                                                                        int limit) = 0;

  // ---- Mail outbox ----------------------------------------------------------------
  virtual Result<std::int64_t> EnqueueMail(const OutgoingMail& mail) = 0;
  // Marks up to `limit` due mails as sending and returns them: queued ones
  // whose next attempt is due, and "sending" ones claimed before
  // `stale_before` (their sender died).
  virtual Result<std::vector<OutgoingMail>> ClaimDueMail(UnixSeconds now, UnixSeconds stale_before, int limit) = 0;
  virtual Result<void> MarkMailSent(std::int64_t id, UnixSeconds at) = 0;
  // Records a failed attempt: queued again for `retry_at`, or dead when nullopt.
  virtual Result<void> MarkMailFailed(std::int64_t id, std::string_view error, std::optional<UnixSeconds> retry_at) = 0;
  virtual Result<void> RequeueMail(std::int64_t id, UnixSeconds at) = 0;
  // Newest first.
  virtual Result<std::vector<OutgoingMail>> ListMail(std::optional<MailStatus> status, PageRequest page) = 0;
  virtual Result<std::map<MailStatus, std::int64_t>> CountMailByStatus() = 0;

  // ---- Message templates --------------------------------------------------------
  virtual Result<std::vector<MessageTemplate>> ListTemplates(std::string_view kind) = 0;
  virtual Result<std::optional<MessageTemplate>> FindTemplate(std::int64_t id) = 0;
  // Inserts (id 0) or updates; returns it with its id.
  virtual Result<MessageTemplate> SaveTemplate(const MessageTemplate& message) = 0;
  virtual Result<void> DeleteTemplate(std::int64_t id) = 0;

  // True when a comment with this name and email was approved before (the
  // "approve writers known to the site" policy).
  virtual Result<bool> HasApprovedComment(std::string_view author_name, std::string_view author_email) = 0;
};

}  // namespace rapport::store
