#include "core/post.h"

namespace rapport {

std::string_view PostStatusName(PostStatus status) {
  switch (status) {
    case PostStatus::kDraft: return "draft";
    case PostStatus::kPublished: return "published";
    case PostStatus::kScheduled: return "scheduled";
  }
  return "draft";
}

std::optional<PostStatus> ParsePostStatus(std::string_view name) {
  if (name == "draft") return PostStatus::kDraft;
  if (name == "published") return PostStatus::kPublished;
  if (name == "scheduled") return PostStatus::kScheduled;
  return std::nullopt;
}

std::string_view TermKindName(TermKind kind) { return kind == TermKind::kCategory ? "category" : "tag"; }

std::string RomanNumeral(int n) {
  if (n <= 0 || n > 3999) return std::to_string(n);
  static constexpr struct {
    int value;
    const char* text;
  } kTable[] = {{1000, "M"}, {900, "CM"}, {500, "D"}, {400, "CD"}, {100, "C"}, {90, "XC"}, {50, "L"},
                {40, "XL"},  {10, "X"},   {9, "IX"},  {5, "V"},    {4, "IV"},  {1, "I"}};
  std::string out;
  for (const auto& [value, text] : kTable) {
    while (n >= value) {
      out += text;
      n -= value;
    }
  }
  return out;
}

}  // namespace rapport
