// LogLine: builds one structured log record as a JSON object, escaping every
// value, so a path or name a client sent can never forge a log entry.
//
//   spdlog::info("{}", LogLine("request").Add("path", path).Add("status", 200).Fields());
//
// Never add secrets, email addresses, comment text or client addresses.
//
// Thread safety: plain value.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace rapport {

class LogLine {
 public:
  explicit LogLine(std::string_view event);
  LogLine& Add(std::string_view key, std::string_view value);
  LogLine& Add(std::string_view key, const char* value) { return Add(key, std::string_view(value)); }
  LogLine& Add(std::string_view key, std::int64_t value);
  LogLine& Add(std::string_view key, int value) { return Add(key, static_cast<std::int64_t>(value)); }
  LogLine& Add(std::string_view key, std::size_t value) { return Add(key, static_cast<std::int64_t>(value)); }
  LogLine& Add(std::string_view key, double value);
  LogLine& Add(std::string_view key, bool value);
  std::string str() const { return text_ + "}"; }
  // The record without its opening brace, for a log pattern that opens the
  // object with its own fields (time, level) first.
  std::string Fields() const { return text_.substr(1) + "}"; }

 private:
  void Key(std::string_view key);
  std::string text_;
};

// Appends `value` to `out` as the inside of a JSON string.
void AppendJsonEscaped(std::string& out, std::string_view value);

}  // namespace rapport
