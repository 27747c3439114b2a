#include "service/comment_service.h"

#include <algorithm>

#include "core/thread.h"
#include "screening/screener.h"

namespace rapport::service {

CommentService::CommentService(store::Store& store, const Clock& clock, const SiteOptions& options, ChangeBus& bus,
                               MailComposer* mail, const screening::Screener* screener, SpamService* spam)
    : store_(store),
      clock_(clock),
      options_(options),
      bus_(bus),
      mail_(mail),
      screener_(screener),
      spam_(spam) {}

namespace {

RiskLevel FromScreening(screening::RiskLevel level) {
  switch (level) {
    case screening::RiskLevel::kCrisis: return RiskLevel::kCrisis;
    case screening::RiskLevel::kConcern: return RiskLevel::kConcern;
    case screening::RiskLevel::kNone: break;
  }
  return RiskLevel::kNone;
}

// "SI-INTENT (intent): “I'll end it” — current" for staff; no more than the matched words.
std::string DescribeScreening(const screening::Screening& result) {
  std::string out;
  for (const screening::Match& m : result.matches) {
    if (!out.empty()) out += "; ";
    out += m.rule_id + " (" + m.category + "): \u201c" + m.excerpt + "\u201d";
    if (!m.modifiers.empty()) {
      out += " [";
      for (std::size_t i = 0; i < m.modifiers.size(); ++i) out += (i ? ", " : "") + m.modifiers[i];
      out += "]";
    }
  }
  if (result.third_party) out += out.empty() ? "someone else may be at risk" : "; someone else may be at risk";
  return out;
}

}  // namespace

Result<Comment> CommentService::Submit(std::string_view post_slug, CommentInput input,
                                       const std::vector<std::int64_t>& own_comment_ids) {
  auto submitted = Submit(Submission{std::string(post_slug), std::move(input), own_comment_ids, "", std::nullopt, false});
  if (!submitted) return submitted.error();
  return std::move(submitted->comment);
}

Result<CommentStatus> CommentService::InitialStatus(const CommentInput& input) {
  switch (options_.moderation) {
    case ModerationPolicy::kApproveAll:
      return CommentStatus::kApproved;
    case ModerationPolicy::kApproveKnownWriters: {
      if (input.author_email.empty()) return CommentStatus::kPending;
      auto known = store_.HasApprovedComment(input.author_name, input.author_email);
      if (!known) return known.error();
      return *known ? CommentStatus::kApproved : CommentStatus::kPending;
    }
    case ModerationPolicy::kHoldAll:
      break;
  }
  return CommentStatus::kPending;
}

Result<Submitted> CommentService::Submit(Submission submission) {
  CommentInput& input = submission.input;
  const std::vector<std::int64_t>& own_comment_ids = submission.own_comment_ids;
  auto post = store_.FindPostBySlug(submission.post_slug);
  if (!post) return post.error();
  const UnixSeconds now = clock_.Now();
  if (!*post || !IsVisibleAt(**post, now)) {
    return Error::NotFound("We couldn't find the post you are commenting on. It may have moved.");
  }

  std::vector<Error> problems = CleanAndCheckComment(input, options_.comment_limits);

  ReplyPlacement placement;
  if (input.parent_id) {
    auto chain = store_.CommentChain(*input.parent_id, options_.max_thread_depth + 1);
    if (!chain) return chain.error();
    const bool own = std::find(own_comment_ids.begin(), own_comment_ids.end(), *input.parent_id) !=
                     own_comment_ids.end();
    if (chain->empty()) {
      problems.push_back(Error::InvalidArgument(
          "The comment you are replying to doesn't exist. Your reply can still be posted as a new comment.",
          "parent_id"));
    } else if (chain->front().status != CommentStatus::kApproved &&
               !(own && chain->front().status == CommentStatus::kPending)) {
      problems.push_back(Error::InvalidArgument(
          "The comment you are replying to isn't available any more. Your reply can still be posted as a new comment.",
          "parent_id"));
    } else {
      auto placed = PlaceReply((*post)->id, *chain, options_.max_thread_depth);
      if (!placed) {
        problems.push_back(placed.error());
      } else {
        placement = *placed;
      }
    }
  }
  if (!problems.empty()) return Error::FirstOf(std::move(problems));

  if (input.is_private && input.parent_id) {
    return Error::InvalidArgument("A private question can't be a reply. Please send it as a new comment.", "private");
  }

  // Floods and repeats are refused before anything is stored.
  auto from_address = store_.CountCommentsByAddress(submission.address_hash, now - 600);
  if (!from_address) return from_address.error();
  auto from_email = store_.CountCommentsByEmail(input.author_email, now - 3600);
  if (!from_email) return from_email.error();
  if (*from_address >= options_.max_comments_per_address_per_10_minutes || *from_email >= options_.max_comments_per_email_per_hour) {
    return Error::RateLimited(
        "Several comments have come from you in a short time, so this one wasn't posted yet. Please wait a few "
        "minutes and send it again: your text is still here.");
  }
  auto duplicate = store_.HasRecentDuplicate((*post)->id, input.body_markdown, input.author_name, input.author_email,
                                             submission.address_hash, now - 86400);
  if (!duplicate) return duplicate.error();
  if (*duplicate) {
    return Error::Conflict("This comment has already been sent, so it wasn't posted a second time.", "body");
  }

  Comment comment;
  comment.post_id = (*post)->id;
  comment.author_name = input.author_name;
  comment.author_email = input.author_email;
  comment.body_markdown = input.body_markdown;
  comment.content_warning = input.content_warning;
  comment.address_hash = submission.address_hash;

  bool someone_else = false;
  if (screener_) {
    const screening::Screening screened = screener_->Screen(input.body_markdown);
    comment.risk = FromScreening(screened.level);
    comment.risk_reasons = DescribeScreening(screened);
    someone_else = screened.third_party && comment.risk != RiskLevel::kCrisis;
  }
  bool is_spam = false;
  std::string spam_reasons;
  const auto add_reason = [&spam_reasons](const std::string& text) {
    spam_reasons += (spam_reasons.empty() ? "" : "; ") + text;
  };
  if (submission.trap_filled) {
    is_spam = true;
    add_reason("a hidden field that only scripts see was filled in");
  }
  // Sent faster than anyone writes: a script, or a person sending a draft the
  // page kept for them. Alone it only holds the comment for a look; with any
  // other sign of spam it goes to the spam folder.
  const bool too_fast =
      submission.form_shown_at && now - *submission.form_shown_at < options_.min_seconds_to_write;
  if (too_fast) add_reason("sent " + std::to_string(now - *submission.form_shown_at) + " s after the form was shown");
  if (spam_) {
    const spam::SpamVerdict verdict = spam_->Check(comment);
    is_spam = is_spam || verdict.is_spam;
    for (const spam::SpamReason& r : verdict.reasons) {
      if (r.weight > 0 && (verdict.is_spam || is_spam || too_fast)) add_reason(r.explanation);
    }
    // Half the usual spam score is enough for a comment that also came too fast.
    is_spam = is_spam || (too_fast && verdict.score >= 2.0);
  }
  const bool held_for_a_look = too_fast && !is_spam;
  comment.spam_reasons = is_spam || held_for_a_look ? spam_reasons : std::string();

  // Care comes first: a possible crisis or distress waits for the author,
  // at the top of the queue, even if it also looked like spam.
  Result<CommentStatus> status = CommentStatus::kPending;
  if (comment.risk == RiskLevel::kNone && !is_spam && !held_for_a_look && !input.is_private) {
    status = InitialStatus(input);
  }
  if (comment.risk == RiskLevel::kNone && is_spam) status = CommentStatus::kSpam;
  if (!status) return status.error();

  comment.parent_id = placement.parent_id;
  comment.root_id = placement.root_id;
  comment.depth = placement.depth;
  comment.status = *status;
  comment.created_at = now;
  comment.is_private = input.is_private;
  comment.publish_consent = input.is_private && input.publish_consent;
  Comment stored;
  RAPPORT_RETURN_IF_ERROR(store_.InTransaction([&]() -> Result<void> {
    auto inserted = store_.InsertComment(comment);
    if (!inserted) return inserted.error();
    stored = std::move(*inserted);
    if (stored.risk != RiskLevel::kNone) {
      RAPPORT_RETURN_IF_ERROR(store_.AddCommentEvent(
          {0, stored.id, std::nullopt, stored.risk == RiskLevel::kCrisis ? "held: may come from someone in crisis"
                                                                          : "held: may come from someone in distress",
           stored.risk_reasons, now}));
    } else if (stored.status == CommentStatus::kSpam) {
      RAPPORT_RETURN_IF_ERROR(store_.AddCommentEvent({0, stored.id, std::nullopt, "held as possible spam", spam_reasons, now}));
    } else if (held_for_a_look) {
      RAPPORT_RETURN_IF_ERROR(store_.AddCommentEvent({0, stored.id, std::nullopt, "held for a look", spam_reasons, now}));
    }
    if (!mail_) return Ok();
    if (stored.risk == RiskLevel::kCrisis) return mail_->CrisisAlert(stored, **post);
    if (stored.status == CommentStatus::kSpam) return Ok();
    return mail_->NewComment(stored, **post);
  }));
  if (stored.status == CommentStatus::kApproved && !stored.is_private) bus_.Publish({tags::Comments(stored.post_id)});
  return Submitted{std::move(stored), someone_else};
}

}  // namespace rapport::service
