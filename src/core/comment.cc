#include "core/comment.h"

#include "core/utf8.h"

namespace rapport {

std::string_view CommentStatusName(CommentStatus status) {
  switch (status) {
    case CommentStatus::kPending: return "pending";
    case CommentStatus::kApproved: return "approved";
    case CommentStatus::kSpam: return "spam";
    case CommentStatus::kTrash: return "trash";
  }
  return "pending";
}

std::optional<CommentStatus> ParseCommentStatus(std::string_view name) {
  if (name == "pending") return CommentStatus::kPending;
  if (name == "approved") return CommentStatus::kApproved;
  if (name == "spam") return CommentStatus::kSpam;
  if (name == "trash") return CommentStatus::kTrash;
  return std::nullopt;
}

bool LooksLikeEmail(std::string_view text) {
  const auto at = text.find('@');
  if (at == std::string_view::npos || at == 0 || text.find('@', at + 1) != std::string_view::npos) return false;
  const std::string_view domain = text.substr(at + 1);
  const auto dot = domain.find('.');
  if (dot == std::string_view::npos || dot == 0 || domain.back() == '.') return false;
  for (char c : text) {
    if (c == ' ' || c == '<' || c == '>' || c == ',' || c == ';' || c == '"' || static_cast<unsigned char>(c) < 0x21) {
      return false;
    }
  }
  return true;
}

namespace {

// Trims what nobody means to keep: blank lines and spaces at the start and
// end. Leading spaces on the first line stay only when they make an indented
// code block (four spaces or a tab).
std::string TrimOuterWhitespace(std::string text) {
  while (!text.empty() && (text.back() == ' ' || text.back() == '\n' || text.back() == '\t')) text.pop_back();
  std::size_t start = 0;
  for (;;) {  // skip blank lines
    const std::size_t line_end = text.find('\n', start);
    if (line_end == std::string::npos || text.find_first_not_of(" \t", start) < line_end) break;
    start = line_end + 1;
  }
  const std::size_t first_text = text.find_first_not_of(' ', start);
  const bool indented_code = first_text != std::string::npos && (first_text - start >= 4 || text[first_text] == '\t');
  if (!indented_code && first_text != std::string::npos) start = first_text;
  return text.substr(start);
}

}  // namespace

std::vector<Error> CleanAndCheckComment(CommentInput& input, const CommentLimits& limits) {
  std::vector<Error> errors;
  input.author_name = utf8::CleanLine(input.author_name);
  input.author_email = utf8::CleanLine(input.author_email);
  input.body_markdown = TrimOuterWhitespace(utf8::CleanText(input.body_markdown));
  input.content_warning = utf8::CleanLine(input.content_warning);

  if (input.author_name.empty()) {
    errors.push_back(Error::InvalidArgument(
        "Please add a name. Any name will do, and a pseudonym is welcome.", "author_name"));
  } else if (utf8::CountCodePoints(input.author_name) > limits.max_name_chars) {
    errors.push_back(Error::InvalidArgument("Please keep the name to " + std::to_string(limits.max_name_chars) +
                                                " characters or fewer.",
                                            "author_name"));
  }
  if (!input.author_email.empty()) {
    if (input.author_email.size() > limits.max_email_bytes || !LooksLikeEmail(input.author_email)) {
      errors.push_back(Error::InvalidArgument(
          "That email address doesn't look quite right. It's optional, so you can also leave it empty.",
          "author_email"));
    }
  }
  if (input.body_markdown.empty()) {
    errors.push_back(Error::InvalidArgument("The comment is empty. Write as much or as little as you like.", "body"));
  } else if (input.body_markdown.size() > limits.max_body_bytes) {
    errors.push_back(Error::TooLarge("This comment is longer than the " + std::to_string(limits.max_body_bytes / 1024) +
                                         " KiB this site accepts. Your text is still here: you could split it into "
                                         "two comments.",
                                     "body"));
  }
  if (utf8::CountCodePoints(input.content_warning) > limits.max_warning_chars) {
    errors.push_back(Error::InvalidArgument("Please keep the content warning to a few words (" +
                                                std::to_string(limits.max_warning_chars) + " characters at most).",
                                            "content_warning"));
  }
  return errors;
}

}  // namespace rapport
