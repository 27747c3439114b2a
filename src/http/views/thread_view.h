// Template data for a post's comments: the nested thread (author replies
// marked, the writer's own pending comments flagged, "continue this thread"
// where the display depth ends) and the comment form with everything the
// writer typed and any problems to fix.
//
// Thread safety: pure functions.
#pragma once

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "core/error.h"
#include "http/views/view_context.h"

namespace rapport::http::views {

// The comment form as the writer left it.
struct CommentFormState {
  std::string author_name;
  std::string author_email;
  std::string body;
  std::optional<std::int64_t> parent_id;
  bool is_private = false;
  bool publish_consent = false;
  std::string content_warning;
  std::vector<Error> errors;  // each names its field
};

struct ThreadViewOptions {
  std::string post_slug;
  int max_display_depth = 5;
  // When set, the form is shown under this comment (replying without JavaScript).
  std::optional<std::int64_t> reply_to;
  std::string csrf_token;
  // The signed page where a writer follows their own comment (nullptr: no links).
  std::function<std::string(std::int64_t)> writer_link;
  // True for the viewer's own comments they may still change (nullptr: none).
  std::function<bool(const Comment&)> can_change;
};

TemplateData ThreadData(const service::ThreadPage& thread, const ThreadViewOptions& options,
                        const CommentFormState& form);

TemplateData CommentFormData(const ThreadViewOptions& options, const CommentFormState& form,
                             const std::string& reply_to_name);

}  // namespace rapport::http::views
