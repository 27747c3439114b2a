#include "service/mail_composer.h"

#include <algorithm>
#include <map>

#include "core/time_format.h"
#include "render/markdown.h"

namespace rapport::service {
namespace {

std::string Quote(const std::string& markdown) {
  std::string text = render::MarkdownToPlainText(markdown, 1200);
  return "    " + text + "\n";
}

}  // namespace

MailComposer::MailComposer(store::Store& store, const Clock& clock, const SiteOptions& options,
                           SettingsService& settings, std::function<std::string(std::int64_t)> writer_link)
    : store_(store), clock_(clock), options_(options), settings_(settings), writer_link_(std::move(writer_link)) {}

std::string MailComposer::Absolute(const std::string& path) const { return options_.base_url + path; }

Result<void> MailComposer::Enqueue(std::string to, std::string subject, std::string body, std::string kind,
                                   std::optional<std::int64_t> comment_id) {
  OutgoingMail mail;
  mail.recipient = std::move(to);
  mail.subject = std::move(subject);
  mail.body = std::move(body);
  mail.kind = std::move(kind);
  mail.comment_id = comment_id;
  mail.created_at = clock_.Now();
  mail.next_attempt_at = mail.created_at;
  auto id = store_.EnqueueMail(mail);
  if (!id) return id.error();
  return Ok();
}

Result<void> MailComposer::NewComment(const Comment& comment, const Post& post) {
  auto desk = settings_.Desk();
  if (!desk) return desk.error();
  if (desk->notify != NotifyMode::kEach || comment.is_author_reply) return Ok();
  auto author = store_.FindUserById(post.author_id);
  if (!author) return author.error();
  if (!*author || (*author)->email.empty()) return Ok();
  auto site = settings_.Site();
  if (!site) return site.error();
  const std::string kind = comment.is_private ? "a private question" : "a new comment";
  std::string body = comment.author_name + " left " + kind + " on \"" + post.title + "\":\n\n" +
                     Quote(comment.body_markdown) + "\n";
  if (comment.risk == RiskLevel::kCrisis) {
    body = "This comment may come from someone in crisis. It is held for you, and its writer was shown crisis lines.\n\n" +
           body;
  }
  body += "Read it in the desk: " + Absolute("/desk/comments/" + std::to_string(comment.id)) + "\n";
  const std::string subject = std::string(comment.risk == RiskLevel::kCrisis ? "Please read first: " : "") +
                              (comment.is_private ? "Private question" : "New comment") + " on \"" + post.title +
                              "\" (" + site->title + ")";
  return Enqueue((*author)->email, subject, body, "new_comment", comment.id);
}

Result<void> MailComposer::CrisisAlert(const Comment& comment, const Post& post) {
  auto site = settings_.Site();
  if (!site) return site.error();
  auto users = store_.ListUsers();
  if (!users) return users.error();
  std::vector<std::string> recipients;
  for (const User& u : *users) {
    const bool concerned = u.id == post.author_id || u.role == Role::kModerator || u.role == Role::kAdmin;
    if (concerned && !u.email.empty() &&
        std::find(recipients.begin(), recipients.end(), u.email) == recipients.end()) {
      recipients.push_back(u.email);
    }
  }
  const std::string body =
      comment.author_name + " left a comment on \"" + post.title +
      "\" that may come from someone in crisis. It is held for you at the top of the queue; it has not been "
      "published. When they posted, they were shown crisis lines for their country and told that the author reads "
      "every comment but cannot answer straight away.\n\nWhat the screener noticed: " +
      (comment.risk_reasons.empty() ? std::string("(no detail)") : comment.risk_reasons) +
      "\n\nRead it, and decide what to do, in the desk: " + Absolute("/desk/comments/" + std::to_string(comment.id)) +
      "\n\n" + (comment.author_email.empty() ? "They left no email address."
                                                : "They left an email address; you can write to them from the desk.") +
      "\n";
  for (const std::string& to : recipients) {
    RAPPORT_RETURN_IF_ERROR(Enqueue(to, "Please read first: a comment that may come from someone in crisis (" +
                                            site->title + ")",
                                    body, "crisis_alert", comment.id));
  }
  return Ok();
}

Result<int> MailComposer::Digest(UnixSeconds since, UnixSeconds until) {
  auto site = settings_.Site();
  if (!site) return site.error();
  store::CommentQuery query;
  query.oldest_first = true;
  query.risk_first = false;
  query.written_after = since;
  query.page = {0, 2000};
  auto comments = store_.ListComments(query);
  if (!comments) return comments.error();
  std::map<std::int64_t, std::vector<std::pair<Comment, Post>>> by_author;
  for (Comment& c : *comments) {
    if (c.created_at <= since || c.created_at > until || c.is_author_reply) continue;
    if (c.status == CommentStatus::kSpam || c.status == CommentStatus::kTrash) continue;
    auto post = store_.FindPostById(c.post_id);
    if (!post) return post.error();
    if (*post) by_author[(*post)->author_id].emplace_back(std::move(c), std::move(**post));
  }
  int sent = 0;
  for (auto& [author_id, items] : by_author) {
    auto author = store_.FindUserById(author_id);
    if (!author) return author.error();
    if (!*author || (*author)->email.empty()) continue;
    std::string body = std::to_string(items.size()) + (items.size() == 1 ? " comment" : " comments") +
                       " arrived on your posts since " + FormatLongDate(since) + ".\n\n";
    for (const auto& [c, post] : items) {
      body += "On \"" + post.title + "\", " + c.author_name + " wrote:\n" + Quote(c.body_markdown) + "  " +
              Absolute("/desk/comments/" + std::to_string(c.id)) + "\n\n";
    }
    RAPPORT_RETURN_IF_ERROR(Enqueue((*author)->email, "Comments today on " + site->title, body, "digest", std::nullopt));
    ++sent;
  }
  return sent;
}

Result<void> MailComposer::PrivateAnswer(const Comment& question, const Comment& answer, const Post& post) {
  if (question.author_email.empty()) return Ok();  // they will see it through their own link
  auto site = settings_.Site();
  if (!site) return site.error();
  std::string body = "Hello " + question.author_name + ",\n\n" + answer.author_name +
                     " has answered the question you sent privately on \"" + post.title + "\":\n\n" +
                     render::MarkdownToPlainText(answer.body_markdown, 20000) +
                     "\n\nYou can read your question and this answer again here (the link is yours alone):\n" +
                     Absolute(writer_link_(question.id)) + "\n\n" + site->title + "\n";
  return Enqueue(question.author_email, "An answer to your question on " + site->title, body, "private_answer",
                 question.id);
}

Result<void> MailComposer::PrivacyConfirmation(const std::string& email, const std::string& what,
                                               const std::string& link) {
  auto site = settings_.Site();
  if (!site) return site.error();
  const std::string body = "Hello,\n\nSomeone, probably you, asked " + site->title + " to " + what +
                           " everything stored with this email address. To go ahead, open this link within two days:\n\n" +
                           Absolute(link) + "\n\nIf it wasn't you, you can ignore this message: nothing will happen.\n\n" +
                           site->title + "\n";
  return Enqueue(email, "Your request to " + site->title, body, "privacy", std::nullopt);
}

Result<void> MailComposer::ToWriter(const Comment& about, const std::string& subject, const std::string& body,
                                    std::string kind) {
  if (about.author_email.empty()) {
    return Error::InvalidArgument("This writer didn't leave an email address, so a message can't reach them.");
  }
  auto site = settings_.Site();
  if (!site) return site.error();
  const std::string full = body + "\n\n" + "(About the comment you left on " + site->title + ": " +
                           Absolute(writer_link_(about.id)) + ")\n";
  return Enqueue(about.author_email, subject, full, std::move(kind), about.id);
}

}  // namespace rapport::service
