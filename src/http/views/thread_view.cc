#include "http/views/thread_view.h"

#include "core/time_format.h"
#include "render/markdown.h"

namespace rapport::http::views {
namespace {

struct Builder {
  const service::ThreadPage& thread;
  const ThreadViewOptions& options;
  const CommentFormState& form;
  std::string reply_to_name;

  TemplateData Node(const ThreadNode& node) {
    const Comment& c = *node.comment;
    const std::string post_url = PostUrl(options.post_slug);
    TemplateData d;
    d.set("id", std::to_string(c.id));
    d.set("anchor", "comment-" + std::to_string(c.id));
    d.set("author_name", c.author_name);
    d.set("is_author_reply", c.is_author_reply);
    const bool pending = thread.own_pending.count(c.id) > 0;
    const bool unpublished = thread.own_unpublished.count(c.id) > 0;
    d.set("is_pending", pending);
    d.set("is_unpublished", unpublished);
    // Held because the writer may be struggling: say so gently, and where help is.
    d.set("held_for_care", pending && c.risk != RiskLevel::kNone);
    d.set("support_param", c.risk == RiskLevel::kCrisis ? "now" : "talk");
    d.set("is_private", thread.shown_private.count(c.id) > 0);
    d.set("can_reply", !unpublished);
    const bool mine = pending || unpublished || (thread.shown_private.count(c.id) > 0 && !c.is_author_reply);
    d.set("change_url", options.can_change && options.can_change(c)
                            ? TemplateData(post_url + "/comments/" + std::to_string(c.id) + "/edit")
                            : TemplateData(false));
    d.set("follow_url", mine && options.writer_link ? render::TemplateData(options.writer_link(c.id))
                                                     : render::TemplateData(false));
    d.set("created_iso", FormatRfc3339(c.created_at));
    d.set("created_human", FormatLongDate(c.created_at));
    d.set("body_html", render::RenderMarkdown(c.body_markdown, render::CommentMarkdown()));
    d.set("erased", c.erased_at.has_value());
    d.set("content_warning", c.content_warning.empty() ? TemplateData(false) : TemplateData(c.content_warning));
    d.set("depth", std::to_string(node.depth));
    const std::string page_query =
        thread.pagination.page > 1 ? "?page=" + std::to_string(thread.pagination.page) : std::string();
    d.set("permalink", thread.focus_id ? "#comment-" + std::to_string(c.id)
                                       : post_url + page_query + "#comment-" + std::to_string(c.id));
    d.set("reply_url", post_url + "?replyto=" + std::to_string(c.id) + "#comment-form");
    const int descendants = node.CountDescendants();
    d.set("reply_count", std::to_string(descendants));
    d.set("one_reply", descendants == 1);
    // Mustache looks a missing key up in the enclosing comment: every key is
    // set on every node, so a reply never inherits its parent's replies or form.
    d.set("form_here", false);
    d.set("continue_url", false);
    d.set("has_replies", false);
    d.set("replies", TemplateList());
    if (options.reply_to && *options.reply_to == c.id) {
      d.set("form_here", CommentFormData(options, form, c.author_name));
    }
    if (!node.replies.empty()) {
      if (node.depth >= options.max_display_depth) {
        d.set("continue_url", post_url + "/comments/" + std::to_string(c.id) + "#comment-" + std::to_string(c.id));
      } else {
        TemplateList replies;
        for (const ThreadNode& reply : node.replies) replies.push_back(Node(reply));
        d.set("replies", replies);
        d.set("has_replies", true);
      }
    }
    return d;
  }
};

// Human names of the form's fields, for the error summary.
std::string FieldId(const std::string& field) {
  if (field == "author_name") return "comment-name";
  if (field == "author_email") return "comment-email";
  if (field == "content_warning") return "comment-warning";
  if (field == "parent_id") return "comment-body";
  return "comment-body";
}

}  // namespace

TemplateData CommentFormData(const ThreadViewOptions& options, const CommentFormState& form,
                             const std::string& reply_to_name) {
  TemplateData d;
  for (const char* key : {"parent_id", "replying", "reply_to_name", "cancel_url", "name_error", "email_error", "body_error",
                          "warning_error"}) {
    d.set(key, false);
  }
  d.set("action", PostUrl(options.post_slug) + "/comments");
  d.set("csrf_token", options.csrf_token);
  d.set("author_name", form.author_name);
  d.set("author_email", form.author_email);
  d.set("is_private", form.is_private);
  d.set("content_warning", form.content_warning.empty() ? TemplateData(false) : TemplateData(form.content_warning));
  d.set("publish_consent", form.publish_consent);
  d.set("body", form.body);
  if (form.parent_id) {
    d.set("parent_id", std::to_string(*form.parent_id));
    d.set("replying", true);
    d.set("reply_to_name", reply_to_name);
    d.set("cancel_url", PostUrl(options.post_slug) + "#comment-form");
  }
  TemplateList errors;
  for (const Error& e : form.errors) {
    TemplateData item;
    item.set("message", e.message);
    item.set("field_id", FieldId(e.field));
    errors.push_back(item);
    const std::string key = e.field == "author_email"      ? "email_error"
                            : e.field == "author_name"     ? "name_error"
                            : e.field == "content_warning" ? "warning_error"
                                                           : "body_error";
    d.set(key, e.message);
  }
  d.set("errors", errors);
  d.set("has_errors", !form.errors.empty());
  return d;
}

TemplateData ThreadData(const service::ThreadPage& thread, const ThreadViewOptions& options,
                        const CommentFormState& form) {
  Builder builder{thread, options, form, {}};
  TemplateList comments;
  bool form_placed = false;
  for (const ThreadNode& root : thread.tree) {
    comments.push_back(builder.Node(root));
    if (options.reply_to && root.Find(*options.reply_to)) form_placed = true;
  }
  TemplateData d;
  d.set("comments", comments);
  d.set("has_comments", !thread.tree.empty());
  d.set("approved_count", std::to_string(thread.approved_count));
  d.set("one_comment", thread.approved_count == 1);
  d.set("pagination", PaginationData(thread.pagination, PostUrl(options.post_slug)));
  // Without a reply target on this page, the form sits after the thread.
  if (!form_placed) d.set("form", CommentFormData(options, form, {}));
  return d;
}

}  // namespace rapport::http::views
