#include "service/privacy_service.h"

#include <boost/json.hpp>

#include <algorithm>
#include <set>

#include "core/time_format.h"
#include "core/utf8.h"

namespace rapport::service {
namespace {

// What the screener and staff thought of a comment's writer, in words, for
// the writer's own export ("" when nobody thought them at risk).
std::string WhatTheSiteThought(const Comment& c) {
  const auto thought = [](RiskLevel level) {
    return std::string(level == RiskLevel::kCrisis    ? "might be in crisis"
                       : level == RiskLevel::kConcern ? "might be struggling"
                                                      : "was not at risk");
  };
  std::string out;
  if (c.screened_risk != RiskLevel::kNone) {
    out = "When it arrived, the site's screener, which helps the author read first the comments of people who may "
          "be struggling, thought its writer " + thought(c.screened_risk) + ".";
  }
  if (c.risk_judged_at && (c.screened_risk != RiskLevel::kNone || c.risk != RiskLevel::kNone)) {
    out += std::string(out.empty() ? "" : " ") + "After reading it, the site's staff thought its writer " +
           thought(c.risk) + ".";
  }
  return out;
}

Error NotYours() {
  return Error::Forbidden("This comment can only be changed from the browser that wrote it, within " +
                          std::string("a few minutes of posting it. You can still ask for it to be erased from the privacy page."));
}

}  // namespace

std::string_view PrivacyRequestName(PrivacyRequest request) {
  return request == PrivacyRequest::kExport ? "export" : "erase";
}

PrivacyService::PrivacyService(store::Store& store, const Clock& clock, const SiteOptions& options, ChangeBus& bus,
                               MailComposer& mail,
                               std::function<std::string(const std::string&, PrivacyRequest, UnixSeconds)> confirm_link)
    : store_(store), clock_(clock), options_(options), bus_(bus), mail_(mail), confirm_link_(std::move(confirm_link)) {}

bool PrivacyService::CanStillChange(const Comment& c, const std::vector<std::int64_t>& own_ids) const {
  return std::find(own_ids.begin(), own_ids.end(), c.id) != own_ids.end() && !c.erased_at &&
         c.created_at + options_.edit_window_seconds > clock_.Now() && !c.is_author_reply;
}

Result<Comment> PrivacyService::LoadOwn(std::int64_t comment_id, const std::vector<std::int64_t>& own_ids) {
  auto comment = store_.FindComment(comment_id);
  if (!comment) return comment.error();
  if (!*comment) return Error::NotFound("That comment no longer exists.");
  if (!CanStillChange(**comment, own_ids)) return NotYours();
  return std::move(**comment);
}

Result<Comment> PrivacyService::EditOwn(std::int64_t comment_id, const std::vector<std::int64_t>& own_ids,
                                        std::string author_name, std::string body) {
  auto comment = LoadOwn(comment_id, own_ids);
  if (!comment) return comment.error();
  CommentInput input{std::move(author_name), comment->author_email, std::move(body), std::nullopt};
  std::vector<Error> problems = CleanAndCheckComment(input, options_.comment_limits);
  std::erase_if(problems, [](const Error& e) { return e.field == "author_email"; });
  if (!problems.empty()) return Error::FirstOf(std::move(problems));
  RAPPORT_RETURN_IF_ERROR(store_.InTransaction([&]() -> Result<void> {
    RAPPORT_RETURN_IF_ERROR(
        store_.UpdateCommentText(comment_id, input.author_name, input.body_markdown, clock_.Now(), std::nullopt));
    return store_.AddCommentEvent({0, comment_id, std::nullopt, "changed by its writer", "", clock_.Now()});
  }));
  if (comment->status == CommentStatus::kApproved) bus_.Publish({tags::Comments(comment->post_id)});
  comment->author_name = input.author_name;
  comment->body_markdown = input.body_markdown;
  return comment;
}

Result<void> PrivacyService::DeleteOwn(std::int64_t comment_id, const std::vector<std::int64_t>& own_ids) {
  auto comment = LoadOwn(comment_id, own_ids);
  if (!comment) return comment.error();
  auto deleted = store_.DeleteComment(comment_id);
  if (!deleted) {
    if (deleted.error().code != ErrorCode::kConflict) return deleted.error();
    // Someone has replied already: keep its place in the thread, without the writer's words.
    RAPPORT_RETURN_IF_ERROR(store_.EraseComment(comment_id, clock_.Now()));
  }
  if (comment->status == CommentStatus::kApproved) bus_.Publish({tags::Comments(comment->post_id)});
  return Ok();
}

Result<void> PrivacyService::Request(const std::string& email_text, PrivacyRequest request) {
  const std::string email = utf8::CleanLine(email_text);
  if (!LooksLikeEmail(email)) {
    return Error::InvalidArgument("That email address doesn't look quite right.", "email");
  }
  auto comments = store_.ListCommentsByEmail(email);
  if (!comments) return comments.error();
  if (comments->empty()) return Ok();  // the same answer either way
  const UnixSeconds until = clock_.Now() + kConfirmationSeconds;
  return mail_.PrivacyConfirmation(email, request == PrivacyRequest::kExport ? "send you a copy of" : "erase",
                                   confirm_link_(email, request, until));
}

Result<std::string> PrivacyService::Export(const std::string& email) {
  auto comments = store_.ListCommentsByEmail(email);
  if (!comments) return comments.error();
  boost::json::array items;
  std::map<std::int64_t, std::string> titles;
  for (const Comment& c : *comments) {
    if (!titles.count(c.post_id)) {
      auto post = store_.FindPostById(c.post_id);
      if (!post) return post.error();
      titles[c.post_id] = *post ? (*post)->title : std::string();
    }
    boost::json::object item{{"id", c.id},
                             {"post", titles[c.post_id]},
                             {"written_at", FormatRfc3339(c.created_at)},
                             {"name", c.author_name},
                             {"email", c.author_email},
                             {"text", c.body_markdown},
                             {"status", CommentStatusName(c.status)},
                             {"private", c.is_private},
                             {"content_warning", c.content_warning}};
    if (c.parent_id) item["reply_to"] = *c.parent_id;
    if (std::string care = WhatTheSiteThought(c); !care.empty()) item["care"] = std::move(care);
    items.push_back(std::move(item));
  }
  boost::json::object out{{"email", email},
                          {"exported_at", FormatRfc3339(clock_.Now())},
                          {"note", "Everything this site stores with this email address: your comments, and, in \"care\", "
                                   "whether the site thought you might be struggling when you wrote one. "
                                   "Network addresses are never stored; a daily-changing keyed hash of yours may be "
                                   "kept for up to the retention period, for rate limits, and is not included here."},
                          {"comments", std::move(items)}};
  return boost::json::serialize(out);
}

Result<std::int64_t> PrivacyService::Erase(const std::string& email) {
  auto comments = store_.ListCommentsByEmail(email);
  if (!comments) return comments.error();
  auto erased = store_.EraseCommentsByEmail(email, clock_.Now());
  if (!erased) return erased.error();
  std::set<std::int64_t> posts;
  for (const Comment& c : *comments) posts.insert(c.post_id);
  std::vector<std::string> changed;
  for (std::int64_t post : posts) changed.push_back(tags::Comments(post));
  if (!changed.empty()) bus_.Publish(changed);
  return erased;
}

Result<std::int64_t> PrivacyService::Purge() { return store_.PurgeBefore(clock_.Now() - options_.retention_seconds); }

}  // namespace rapport::service
