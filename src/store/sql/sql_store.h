// SqlStore: the Store contract written once in portable SQL over a
// ConnectionPool. SqliteStore and PostgresStore derive from it and supply a
// connection opener, their migrations and the few statements that differ.
//
// Thread safety: as Store (any thread, concurrently).
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "store/sql/connection_pool.h"
#include "store/sql/migration.h"
#include "store/store.h"

namespace rapport::store::sql {

class SqlStore : public Store {
 public:
  SqlStore(ConnectionPool::Opener opener, int max_connections);

  Result<int> SchemaVersion() override;
  int LatestSchemaVersion() const override;
  Result<void> Migrate(int up_to = 0) override;
  Result<void> InTransaction(const std::function<Result<void>()>& fn) override;
  Result<bool> IsEmpty() override;

  Result<std::optional<std::string>> GetSetting(std::string_view key) override;
  Result<void> PutSetting(std::string_view key, std::string_view value) override;
  Result<std::string> InitSetting(std::string_view key, std::string_view value) override;

  Result<User> CreateUser(const User& user, std::string_view password_hash) override;
  Result<std::optional<User>> FindUserById(std::int64_t id) override;
  Result<std::optional<User>> FindUserByLogin(std::string_view login) override;
  Result<std::vector<User>> ListUsers() override;
  Result<void> UpdateUser(const User& user) override;
  Result<std::string> PasswordHash(std::int64_t user_id) override;
  Result<void> SetPasswordHash(std::int64_t user_id, std::string_view hash) override;

  Result<void> CreateSession(const Session& session) override;
  Result<std::optional<Session>> FindSession(std::string_view token_hash) override;
  Result<void> TouchSession(std::string_view token_hash, UnixSeconds at) override;
  Result<void> DeleteSession(std::string_view token_hash) override;
  Result<void> DeleteSessionsOf(std::int64_t user_id) override;
  Result<void> DeleteExpiredSessions(UnixSeconds now, UnixSeconds idle_before) override;
  Result<void> RecordLoginFailure(std::string_view scope, UnixSeconds at) override;
  Result<std::int64_t> CountLoginFailures(std::string_view scope, UnixSeconds since) override;
  Result<void> ClearLoginFailures(std::string_view scope) override;

  Result<Series> CreateSeries(const Series& series) override;
  Result<std::optional<Series>> FindSeriesById(std::int64_t id) override;
  Result<std::optional<Series>> FindSeriesBySlug(std::string_view slug) override;
  Result<std::vector<Series>> ListSeries() override;
  Result<void> UpdateSeries(const Series& series) override;

  Result<Term> CreateTerm(const Term& term) override;
  Result<std::optional<Term>> FindTerm(TermKind kind, std::string_view slug) override;
  Result<std::vector<Term>> ListTerms(TermKind kind) override;
  Result<void> UpdateTerm(const Term& term) override;
  Result<void> SetPostTerms(std::int64_t post_id, const std::vector<std::int64_t>& term_ids) override;
  Result<std::vector<Term>> ListPostTerms(std::int64_t post_id) override;

  Result<Post> CreatePost(const Post& post) override;
  Result<void> UpdatePost(const Post& post) override;
  Result<std::optional<Post>> FindPostById(std::int64_t id) override;
  Result<std::optional<Post>> FindPostBySlug(std::string_view slug) override;
  Result<std::vector<Post>> ListVisiblePosts(const PostFilter& filter, PageRequest page) override;
  Result<std::int64_t> CountVisiblePosts(const PostFilter& filter) override;
  Result<std::vector<Post>> ListAllPosts(PageRequest page) override;
  Result<std::int64_t> CountAllPosts() override;
  Result<std::vector<Post>> ListPostsGoingLive(UnixSeconds after, UnixSeconds until) override;
  Result<std::vector<Post>> ListSeriesPosts(std::int64_t series_id) override;
  Result<std::vector<Post>> ListVisibleSeriesPosts(UnixSeconds now) override;

  Result<Comment> InsertComment(const Comment& comment) override;
  Result<std::optional<Comment>> FindComment(std::int64_t id) override;
  Result<std::vector<Comment>> CommentChain(std::int64_t id, int max) override;
  Result<void> SetCommentStatus(std::int64_t id, CommentStatus status) override;
  Result<std::vector<std::int64_t>> ListThreadRoots(const ThreadQuery& query) override;
  Result<std::int64_t> CountThreadRoots(const ThreadQuery& query) override;
  Result<std::int64_t> CountThreadRootsBefore(const ThreadQuery& query, std::int64_t root_id) override;
  Result<std::vector<Comment>> ListThreadComments(std::int64_t post_id,
                                                  const std::vector<std::int64_t>& root_ids) override;
  Result<std::map<std::int64_t, std::int64_t>> CountApprovedComments(
      const std::vector<std::int64_t>& post_ids) override;
  Result<std::map<CommentStatus, std::int64_t>> CountCommentsByStatus() override;
  Result<bool> HasApprovedComment(std::string_view author_name, std::string_view author_email) override;

  Result<std::vector<Comment>> ListComments(const CommentQuery& query) override;
  Result<std::int64_t> CountComments(const CommentQuery& query) override;
  Result<void> UpdateCommentText(std::int64_t id, std::string_view author_name, std::string_view body, UnixSeconds at,
                                 std::optional<std::int64_t> by_user) override;
  Result<std::vector<CommentRevision>> ListCommentRevisions(std::int64_t comment_id) override;
  Result<void> AddCommentEvent(const CommentEvent& event) override;
  Result<std::vector<CommentEvent>> ListCommentEvents(std::int64_t comment_id) override;
  Result<std::int64_t> CountEarlierCommentsBy(std::string_view author_name, std::string_view author_email,
                                              std::int64_t before_id) override;
  Result<void> JudgeCommentRisk(std::int64_t id, RiskLevel judged, UnixSeconds at) override;
  Result<std::vector<Comment>> ListJudgedComments(PageRequest page) override;
  Result<void> SetCommentPrivacy(std::int64_t id, bool is_private) override;
  Result<void> SetInboxDismissed(std::int64_t id, std::optional<UnixSeconds> at) override;
  Result<std::vector<Comment>> ListWaitingQuestions(const InboxQuery& query) override;
  Result<std::int64_t> CountWaitingQuestions(const InboxQuery& query) override;
  Result<std::vector<Comment>> ListReplies(std::int64_t parent_id) override;

  Result<std::int64_t> CountCommentsByAddress(std::string_view address_hash, UnixSeconds since) override;
  Result<std::int64_t> CountCommentsByEmail(std::string_view email, UnixSeconds since) override;
  Result<bool> HasRecentDuplicate(std::int64_t post_id, std::string_view body, std::string_view author_name,
                                  std::string_view email, std::string_view address_hash, UnixSeconds since) override;
  Result<void> SetCommentSpamReasons(std::int64_t id, std::string_view reasons) override;
  Result<void> SetSpamTraining(std::int64_t id, std::string_view trained_as) override;
  Result<std::vector<Comment>> ListCommentsByEmail(std::string_view email) override;
  Result<void> EraseComment(std::int64_t id, UnixSeconds at) override;
  Result<std::int64_t> EraseCommentsByEmail(std::string_view email, UnixSeconds at) override;
  Result<void> DeleteComment(std::int64_t id) override;
  Result<std::int64_t> PurgeBefore(UnixSeconds before) override;

  Result<std::vector<DailyCount>> CountCommentsPerDay(UnixSeconds since) override;
  Result<std::vector<RiskJudgementCount>> CountRiskJudgements(UnixSeconds since) override;
  Result<std::vector<QuestionTiming>> QuestionTimings(UnixSeconds since) override;
  Result<std::vector<std::pair<std::int64_t, std::int64_t>>> MostDiscussedPosts(UnixSeconds since, int limit) override;

  Result<std::int64_t> EnqueueMail(const OutgoingMail& mail) override;
  Result<std::vector<OutgoingMail>> ClaimDueMail(UnixSeconds now, UnixSeconds stale_before, int limit) override;
  Result<void> MarkMailSent(std::int64_t id, UnixSeconds at) override;
  Result<void> MarkMailFailed(std::int64_t id, std::string_view error, std::optional<UnixSeconds> retry_at) override;
  Result<void> RequeueMail(std::int64_t id, UnixSeconds at) override;
  Result<std::vector<OutgoingMail>> ListMail(std::optional<MailStatus> status, PageRequest page) override;
  Result<std::map<MailStatus, std::int64_t>> CountMailByStatus() override;

  Result<std::vector<MessageTemplate>> ListTemplates(std::string_view kind) override;
  Result<std::optional<MessageTemplate>> FindTemplate(std::int64_t id) override;
  Result<MessageTemplate> SaveTemplate(const MessageTemplate& message) override;
  Result<void> DeleteTemplate(std::int64_t id) override;

 protected:
  // The backend's migrations, in version order starting at 1.
  virtual const std::vector<Migration>& Migrations() const = 0;
  // A query returning one row with a count > 0 when the table $1 exists.
  virtual std::string_view TableExistsSql() const = 0;
  // Starts a write transaction ("BEGIN IMMEDIATE" for SQLite).
  virtual std::string_view BeginSql() const = 0;

  // Runs a query on a pooled (or this thread's transaction) connection.
  Result<std::vector<Row>> Query(std::string_view sql, std::initializer_list<Value> params = {});
  Result<std::vector<Row>> Query(std::string_view sql, const std::vector<Value>& params);
  Result<std::int64_t> Execute(std::string_view sql, std::initializer_list<Value> params = {});

  ConnectionPool& pool() { return pool_; }

 private:
  ConnectionPool pool_;
};

}  // namespace rapport::store::sql
