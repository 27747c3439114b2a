#include "service/moderation_service.h"

#include <algorithm>

#include "core/permissions.h"
#include "core/thread.h"
#include "core/utf8.h"
#include "service/settings_service.h"

namespace rapport::service {
namespace {

Error NotYours() { return Error::Forbidden("You can moderate comments on your own posts only."); }
Error Gone() { return Error::NotFound("That comment no longer exists."); }

CommentStatus TargetStatus(ModerationAction action) {
  switch (action) {
    case ModerationAction::kApprove: return CommentStatus::kApproved;
    case ModerationAction::kSpam: return CommentStatus::kSpam;
    case ModerationAction::kTrash: return CommentStatus::kTrash;
    case ModerationAction::kRestore: return CommentStatus::kPending;
  }
  return CommentStatus::kPending;
}

std::string_view EventName(ModerationAction action) {
  switch (action) {
    case ModerationAction::kApprove: return "approved";
    case ModerationAction::kSpam: return "marked as spam";
    case ModerationAction::kTrash: return "moved to the trash";
    case ModerationAction::kRestore: return "restored to the queue";
  }
  return "";
}

Pagination Paginate(int page, std::int64_t total, int per_page) {
  Pagination p;
  p.total_items = total;
  p.total_pages = std::max<int>(1, static_cast<int>((total + per_page - 1) / per_page));
  p.page = std::clamp(page, 1, p.total_pages);
  return p;
}

constexpr int kPerPage = 25;

// How a level reads in a comment's history.
std::string_view LevelInWords(RiskLevel level) {
  switch (level) {
    case RiskLevel::kNone: return "not at risk";
    case RiskLevel::kConcern: return "in distress";
    case RiskLevel::kCrisis: return "possibly in crisis";
  }
  return "";
}

}  // namespace

std::string_view ModerationActionName(ModerationAction action) {
  switch (action) {
    case ModerationAction::kApprove: return "approve";
    case ModerationAction::kSpam: return "spam";
    case ModerationAction::kTrash: return "trash";
    case ModerationAction::kRestore: return "restore";
  }
  return "";
}

std::optional<ModerationAction> ParseModerationAction(std::string_view name) {
  if (name == "approve") return ModerationAction::kApprove;
  if (name == "spam") return ModerationAction::kSpam;
  if (name == "trash") return ModerationAction::kTrash;
  if (name == "restore") return ModerationAction::kRestore;
  return std::nullopt;
}

ModerationService::ModerationService(store::Store& store, const Clock& clock, const SiteOptions& options,
                                     ChangeBus& bus, MailComposer& mail, SpamService* spam)
    : store_(store), clock_(clock), options_(options), bus_(bus), mail_(mail), spam_(spam) {}

Result<ModerationService::Loaded> ModerationService::LoadForModeration(const User& viewer, std::int64_t comment_id) {
  if (!Can(viewer, Permission::kModerate)) return NotYours();
  auto comment = store_.FindComment(comment_id);
  if (!comment) return comment.error();
  if (!*comment) return Gone();
  auto post = store_.FindPostById((*comment)->post_id);
  if (!post) return post.error();
  if (!*post) return Gone();
  if (!CanModerate(viewer, **post)) return NotYours();
  return Loaded{std::move(**comment), std::move(**post)};
}

Result<QueueItem> ModerationService::MakeItem(Comment comment) {
  QueueItem item;
  auto post = store_.FindPostById(comment.post_id);
  if (!post) return post.error();
  if (*post) item.post = PostLink{(*post)->slug, (*post)->title, (*post)->series_position};
  if (comment.parent_id) {
    auto parent = store_.FindComment(*comment.parent_id);
    if (!parent) return parent.error();
    if (*parent) item.parent = std::move(**parent);
  }
  auto earlier = store_.CountEarlierCommentsBy(comment.author_name, comment.author_email, comment.id);
  if (!earlier) return earlier.error();
  item.earlier_by_writer = *earlier;
  item.comment = std::move(comment);
  return item;
}

Result<void> ModerationService::Log(std::int64_t comment_id, const User& viewer, std::string action, std::string detail) {
  return store_.AddCommentEvent({0, comment_id, viewer.id, std::move(action), std::move(detail), clock_.Now()});
}

void ModerationService::AnnounceThread(std::int64_t post_id) { bus_.Publish({tags::Comments(post_id)}); }

Result<DeskCounts> ModerationService::Counts(const User& viewer) {
  DeskCounts counts;
  std::optional<std::int64_t> own_posts;
  if (viewer.role == Role::kAuthor) own_posts = viewer.id;
  if (Can(viewer, Permission::kModerate)) {
    store::CommentQuery pending;
    pending.status = CommentStatus::kPending;
    pending.posts_by_author_id = own_posts;
    auto n = store_.CountComments(pending);
    if (!n) return n.error();
    counts.pending = *n;
    pending.risk_first = true;
    pending.page = {0, 50};
    auto first = store_.ListComments(pending);
    if (!first) return first.error();
    for (const Comment& c : *first) counts.urgent += c.risk == RiskLevel::kCrisis ? 1 : 0;
  }
  if (Can(viewer, Permission::kAnswerReaders)) {
    store::InboxQuery inbox;
    inbox.posts_by_author_id = own_posts;
    auto n = store_.CountWaitingQuestions(inbox);
    if (!n) return n.error();
    counts.waiting = *n;
  }
  return counts;
}

Result<QueuePage> ModerationService::Queue(const User& viewer, const QueueRequest& request) {
  if (!Can(viewer, Permission::kModerate)) return NotYours();
  store::CommentQuery query;
  query.status = request.status;
  query.oldest_first = request.oldest_first;
  if (viewer.role == Role::kAuthor) query.posts_by_author_id = viewer.id;
  QueuePage page;
  page.status = request.status;
  page.oldest_first = request.oldest_first;
  auto total = store_.CountComments(query);
  if (!total) return total.error();
  page.pagination = Paginate(request.page, *total, kPerPage);
  query.page = {(page.pagination.page - 1) * kPerPage, kPerPage};
  auto comments = store_.ListComments(query);
  if (!comments) return comments.error();
  for (Comment& c : *comments) {
    auto item = MakeItem(std::move(c));
    if (!item) return item.error();
    page.items.push_back(std::move(*item));
  }
  for (CommentStatus status : {CommentStatus::kPending, CommentStatus::kApproved, CommentStatus::kSpam,
                               CommentStatus::kTrash}) {
    store::CommentQuery count_query;
    count_query.status = status;
    count_query.posts_by_author_id = query.posts_by_author_id;
    auto n = store_.CountComments(count_query);
    if (!n) return n.error();
    page.counts[status] = *n;
  }
  return page;
}

Result<CommentDetail> ModerationService::Detail(const User& viewer, std::int64_t comment_id) {
  auto loaded = LoadForModeration(viewer, comment_id);
  if (!loaded) return loaded.error();
  CommentDetail detail;
  auto item = MakeItem(std::move(loaded->comment));
  if (!item) return item.error();
  detail.item = std::move(*item);
  auto replies = store_.ListReplies(comment_id);
  if (!replies) return replies.error();
  detail.replies = std::move(*replies);
  auto revisions = store_.ListCommentRevisions(comment_id);
  if (!revisions) return revisions.error();
  detail.revisions = std::move(*revisions);
  auto events = store_.ListCommentEvents(comment_id);
  if (!events) return events.error();
  detail.events = std::move(*events);
  auto users = store_.ListUsers();
  if (!users) return users.error();
  for (const User& u : *users) detail.staff_names[u.id] = u.display_name;
  return detail;
}

Result<void> ModerationService::Act(const User& viewer, std::int64_t comment_id, ModerationAction action) {
  auto loaded = LoadForModeration(viewer, comment_id);
  if (!loaded) return loaded.error();
  const CommentStatus from = loaded->comment.status;
  const CommentStatus to = TargetStatus(action);
  if (from == to) return Ok();
  RAPPORT_RETURN_IF_ERROR(store_.InTransaction([&]() -> Result<void> {
    RAPPORT_RETURN_IF_ERROR(store_.SetCommentStatus(comment_id, to));
    return Log(comment_id, viewer, std::string(EventName(action)),
               std::string("was ") + std::string(CommentStatusName(from)));
  }));
  // A person decided: the spam filter learns from it (and unlearns an earlier
  // lesson). Restoring from the spam folder says "this is not spam"; trashing
  // says nothing about spam.
  if (spam_) {
    std::optional<CommentStatus> lesson;
    if (to == CommentStatus::kApproved || to == CommentStatus::kSpam) lesson = to;
    if (from == CommentStatus::kSpam && to == CommentStatus::kPending) lesson = CommentStatus::kApproved;
    if (lesson) RAPPORT_RETURN_IF_ERROR(spam_->Learn(loaded->comment, *lesson));
  }
  if (from == CommentStatus::kApproved || to == CommentStatus::kApproved) AnnounceThread(loaded->post.id);
  return Ok();
}

Result<int> ModerationService::ActOnMany(const User& viewer, const std::vector<std::int64_t>& comment_ids,
                                         ModerationAction action) {
  int changed = 0;
  for (std::int64_t id : comment_ids) {
    auto done = Act(viewer, id, action);
    if (done) {
      ++changed;
    } else if (done.error().code != ErrorCode::kForbidden && done.error().code != ErrorCode::kNotFound) {
      return done.error();
    }
  }
  return changed;
}

Result<void> ModerationService::Edit(const User& viewer, std::int64_t comment_id, std::string author_name,
                                     std::string body) {
  auto loaded = LoadForModeration(viewer, comment_id);
  if (!loaded) return loaded.error();
  CommentInput input{std::move(author_name), loaded->comment.author_email, std::move(body), std::nullopt};
  std::vector<Error> problems = CleanAndCheckComment(input, options_.comment_limits);
  std::erase_if(problems, [](const Error& e) { return e.field == "author_email"; });
  if (!problems.empty()) return Error::FirstOf(std::move(problems));
  if (input.author_name == loaded->comment.author_name && input.body_markdown == loaded->comment.body_markdown) {
    return Ok();
  }
  RAPPORT_RETURN_IF_ERROR(store_.InTransaction([&]() -> Result<void> {
    RAPPORT_RETURN_IF_ERROR(
        store_.UpdateCommentText(comment_id, input.author_name, input.body_markdown, clock_.Now(), viewer.id));
    return Log(comment_id, viewer, "edited");
  }));
  if (loaded->comment.status == CommentStatus::kApproved) AnnounceThread(loaded->post.id);
  return Ok();
}

Result<Comment> ModerationService::Reply(const User& viewer, StaffReply reply) {
  auto loaded = LoadForModeration(viewer, reply.parent_id);
  if (!loaded) return loaded.error();
  Comment& question = loaded->comment;
  if (question.status == CommentStatus::kSpam || question.status == CommentStatus::kTrash) {
    return Error::InvalidArgument("Restore this comment before replying to it.");
  }
  std::string body = utf8::CleanText(reply.body);
  while (!body.empty() && (body.back() == '\n' || body.back() == ' ')) body.pop_back();
  if (body.empty()) return Error::InvalidArgument("The reply is empty.", "body");
  if (body.size() > options_.comment_limits.max_body_bytes) {
    return Error::TooLarge("This reply is longer than the site accepts.", "body");
  }
  if (reply.publish && !(question.is_private && question.publish_consent)) {
    return Error::InvalidArgument("Only a private question whose writer agreed can be published.");
  }
  auto desk = SettingsService::DeskOf(store_);
  if (!desk) return desk.error();
  const bool as_author = WritesAsAuthor(viewer);
  if (as_author && desk->append_signature && !viewer.signature.empty() &&
      body.find("— " + viewer.signature) == std::string::npos) {
    body += "\n\n— " + viewer.signature;
  }
  auto chain = store_.CommentChain(question.id, options_.max_thread_depth + 1);
  if (!chain) return chain.error();
  auto placed = PlaceReply(question.post_id, *chain, options_.max_thread_depth);
  if (!placed) return placed.error();

  Comment answer;
  answer.post_id = question.post_id;
  answer.parent_id = placed->parent_id;
  answer.root_id = placed->root_id;
  answer.depth = placed->depth;
  answer.author_name = viewer.display_name;
  answer.author_email = viewer.email;
  answer.body_markdown = body;
  answer.status = CommentStatus::kApproved;
  answer.created_at = clock_.Now();
  answer.is_author_reply = as_author;
  answer.user_id = viewer.id;
  answer.is_private = question.is_private && !reply.publish;
  // A reply that would be placed beside a private question (depth cap) stays under it.
  if (question.is_private) answer.parent_id = question.id;

  Comment stored;
  RAPPORT_RETURN_IF_ERROR(store_.InTransaction([&]() -> Result<void> {
    if (reply.publish) {
      std::string edited = utf8::CleanText(reply.edited_question);
      if (!edited.empty() && edited != question.body_markdown) {
        RAPPORT_RETURN_IF_ERROR(
            store_.UpdateCommentText(question.id, question.author_name, edited, answer.created_at, viewer.id));
        RAPPORT_RETURN_IF_ERROR(Log(question.id, viewer, "edited", "before publishing"));
      }
      RAPPORT_RETURN_IF_ERROR(store_.SetCommentPrivacy(question.id, false));
      RAPPORT_RETURN_IF_ERROR(store_.SetCommentStatus(question.id, CommentStatus::kApproved));
      RAPPORT_RETURN_IF_ERROR(Log(question.id, viewer, "published", "with the writer's consent"));
    } else if (reply.approve_parent && question.status == CommentStatus::kPending) {
      RAPPORT_RETURN_IF_ERROR(store_.SetCommentStatus(question.id, CommentStatus::kApproved));
      RAPPORT_RETURN_IF_ERROR(Log(question.id, viewer, "approved", "with a reply"));
    }
    auto inserted = store_.InsertComment(answer);
    if (!inserted) return inserted.error();
    stored = std::move(*inserted);
    RAPPORT_RETURN_IF_ERROR(Log(question.id, viewer, answer.is_private ? "answered privately" : "replied",
                                "comment " + std::to_string(stored.id)));
    if (answer.is_private) return mail_.PrivateAnswer(question, stored, loaded->post);
    return Ok();
  }));
  AnnounceThread(loaded->post.id);
  return stored;
}

Result<void> ModerationService::JudgeRisk(const User& viewer, std::int64_t comment_id, RiskLevel judged) {
  auto loaded = LoadForModeration(viewer, comment_id);
  if (!loaded) return loaded.error();
  const Comment& c = loaded->comment;
  if (c.is_author_reply) return Error::InvalidArgument("Replies by the site's authors are not screened.");
  if (c.erased_at) return Error::InvalidArgument("Its writer erased this comment, so there is nothing left to judge.");
  if (c.risk_judged_at && c.risk == judged) return Ok();
  return store_.InTransaction([&]() -> Result<void> {
    RAPPORT_RETURN_IF_ERROR(store_.JudgeCommentRisk(comment_id, judged, clock_.Now()));
    return Log(comment_id, viewer, "judged the writer " + std::string(LevelInWords(judged)),
               "the screener had found them " + std::string(LevelInWords(c.screened_risk)));
  });
}

Result<InboxPage> ModerationService::Inbox(const User& viewer, bool dismissed, int page_number) {
  if (!Can(viewer, Permission::kAnswerReaders)) return Error::Forbidden("The inbox is for the site's authors.");
  store::InboxQuery query;
  query.dismissed = dismissed;
  if (viewer.role == Role::kAuthor) query.posts_by_author_id = viewer.id;
  InboxPage page;
  page.dismissed = dismissed;
  auto total = store_.CountWaitingQuestions(query);
  if (!total) return total.error();
  page.pagination = Paginate(page_number, *total, kPerPage);
  query.page = {(page.pagination.page - 1) * kPerPage, kPerPage};
  auto questions = store_.ListWaitingQuestions(query);
  if (!questions) return questions.error();
  const UnixSeconds now = clock_.Now();
  for (Comment& c : *questions) {
    const UnixSeconds waited = now - c.created_at;
    auto item = MakeItem(std::move(c));
    if (!item) return item.error();
    page.questions.push_back({std::move(*item), waited});
  }
  store::InboxQuery waiting = query;
  waiting.dismissed = false;
  auto waiting_count = dismissed ? store_.CountWaitingQuestions(waiting) : Result<std::int64_t>(*total);
  if (!waiting_count) return waiting_count.error();
  page.waiting_count = *waiting_count;
  return page;
}

Result<void> ModerationService::Dismiss(const User& viewer, std::int64_t comment_id, bool dismissed) {
  if (!Can(viewer, Permission::kAnswerReaders)) return Error::Forbidden("The inbox is for the site's authors.");
  auto loaded = LoadForModeration(viewer, comment_id);
  if (!loaded) return loaded.error();
  return store_.InTransaction([&]() -> Result<void> {
    RAPPORT_RETURN_IF_ERROR(
        store_.SetInboxDismissed(comment_id, dismissed ? std::optional<UnixSeconds>(clock_.Now()) : std::nullopt));
    return Log(comment_id, viewer, dismissed ? "dismissed from the inbox" : "put back in the inbox");
  });
}

Result<void> ModerationService::SendMessage(const User& viewer, std::int64_t comment_id, std::string subject,
                                            std::string body) {
  auto loaded = LoadForModeration(viewer, comment_id);
  if (!loaded) return loaded.error();
  subject = utf8::CleanLine(subject);
  body = utf8::CleanText(body);
  if (subject.empty()) return Error::InvalidArgument("The message needs a subject.", "subject");
  if (body.find_first_not_of(" \n\t") == std::string::npos) return Error::InvalidArgument("The message is empty.", "body");
  return store_.InTransaction([&]() -> Result<void> {
    RAPPORT_RETURN_IF_ERROR(mail_.ToWriter(loaded->comment, subject, body, "staff_message"));
    return Log(comment_id, viewer, "sent a message to the writer", subject);
  });
}

}  // namespace rapport::service
