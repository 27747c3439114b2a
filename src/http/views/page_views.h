// The reader's pages, rendered: home, post (with its thread and form),
// series, category or tag, and the error page.
//
// Thread safety: pure functions.
#pragma once

#include <string>

#include "http/views/thread_view.h"
#include "http/views/view_context.h"

namespace rapport::http::views {

Result<std::string> HomeHtml(const ViewContext& ctx, const service::HomePage& page);

struct PostViewOptions {
  ThreadViewOptions thread;
  CommentFormState form;
  // A word for the writer after they posted, shown above the thread.
  std::string flash;
  // The support panel (views/support_view.h), for the writer only.
  std::optional<TemplateData> support;
};
Result<std::string> PostHtml(const ViewContext& ctx, const service::PostPage& page, const PostViewOptions& options);

// The page a writer opens from their signed link.
Result<std::string> WriterHtml(const ViewContext& ctx, const service::WriterView& view, const std::string& link);

Result<std::string> SeriesHtml(const ViewContext& ctx, const service::SeriesPage& page);
Result<std::string> TermHtml(const ViewContext& ctx, const service::TermPage& page);

// Every series (with its parts) and category a reader can open.
Result<std::string> ContentsHtml(const ViewContext& ctx, const service::Directory& directory);

// A page explaining what went wrong and where to go next. Never fails: if
// the theme cannot render it, a minimal built-in page is returned.
// `directory`, when given, lists series and categories to go on from.
std::string ErrorHtml(const ViewContext& ctx, int status, const std::string& title, const std::string& message,
                      const service::Directory* directory = nullptr);

}  // namespace rapport::http::views
