#include "service/comment_service.h"

#include <algorithm>

#include "core/thread.h"

namespace rapport::service {

CommentService::CommentService(store::Store& store, const Clock& clock, const SiteOptions& options, ChangeBus& bus,
                               MailComposer* mail)
    : store_(store), clock_(clock), options_(options), bus_(bus), mail_(mail) {}

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

Result<Comment> CommentService::Submit(std::string_view post_slug, CommentInput input,
                                       const std::vector<std::int64_t>& own_comment_ids) {
  auto post = store_.FindPostBySlug(post_slug);
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
  if (!problems.empty()) {
    Error first = problems.front();
    first.details.assign(problems.begin() + 1, problems.end());
    return first;
  }

  if (input.is_private && input.parent_id) {
    return Error::InvalidArgument("A private question can't be a reply. Please send it as a new comment.", "private");
  }
  auto status = input.is_private ? Result<CommentStatus>(CommentStatus::kPending) : InitialStatus(input);
  if (!status) return status.error();

  Comment comment;
  comment.post_id = (*post)->id;
  comment.parent_id = placement.parent_id;
  comment.root_id = placement.root_id;
  comment.depth = placement.depth;
  comment.author_name = std::move(input.author_name);
  comment.author_email = std::move(input.author_email);
  comment.body_markdown = std::move(input.body_markdown);
  comment.status = *status;
  comment.created_at = now;
  comment.is_private = input.is_private;
  comment.publish_consent = input.is_private && input.publish_consent;
  Comment stored;
  RAPPORT_RETURN_IF_ERROR(store_.InTransaction([&]() -> Result<void> {
    auto inserted = store_.InsertComment(comment);
    if (!inserted) return inserted.error();
    stored = std::move(*inserted);
    return mail_ ? mail_->NewComment(stored, **post) : Ok();
  }));
  if (stored.status == CommentStatus::kApproved && !stored.is_private) bus_.Publish({tags::Comments(stored.post_id)});
  return stored;
}

}  // namespace rapport::service
