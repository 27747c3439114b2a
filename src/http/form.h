// Parsing HTML form bodies (application/x-www-form-urlencoded) under limits:
// a bounded number of fields, bounded sizes, valid UTF-8 only. Anything else
// is refused with a message, never half-read.
//
// Thread safety: pure functions and plain values.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "core/result.h"

namespace rapport::http {

struct FormLimits {
  std::size_t max_fields = 32;
  std::size_t max_value_bytes = 256 * 1024;
};

class Form {
 public:
  // The first value of `name`, if sent.
  std::optional<std::string> Get(std::string_view name) const;
  std::string GetOr(std::string_view name, std::string fallback = {}) const;
  const std::vector<std::pair<std::string, std::string>>& fields() const { return fields_; }

 private:
  friend Result<Form> ParseForm(std::string_view body, const FormLimits& limits);
  std::vector<std::pair<std::string, std::string>> fields_;
};

Result<Form> ParseForm(std::string_view body, const FormLimits& limits);

// Decodes %XX escapes and '+' (a space). Nullopt on a malformed escape.
std::optional<std::string> DecodeFormComponent(std::string_view text);

}  // namespace rapport::http
