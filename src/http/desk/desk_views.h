// Template data shared by desk pages: a comment as staff see it.
//
// Thread safety: pure functions.
#pragma once

#include "render/theme.h"
#include "service/desk_pages.h"

namespace rapport::http::desk_views {

// id, author, dates, rendered text, status, risk (and whether to blur it),
// private badge, its post and the comment it answers.
render::TemplateData CommentData(const service::QueueItem& item, UnixSeconds now);

}  // namespace rapport::http::desk_views
