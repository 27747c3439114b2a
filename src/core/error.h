// Error and Result<T>: how every layer below HTTP reports an expected failure.
//
// "Post not found" or "the name is empty" are normal outcomes, not exceptions:
// functions that can fail return Result<T>, and the signature shows it. An
// Error carries a protocol-neutral code, a message written for the person who
// will read it, and optionally the form field it concerns. http/ maps codes to
// status lines in one place; cli/ maps them to exit codes. Exceptions are kept
// for programming errors and for third-party code, caught at the edges.
//
// Thread safety: plain values.
#pragma once

#include <iterator>
#include <string>
#include <string_view>
#include <vector>

namespace rapport {

// Client errors first, then server errors. When adding a code, update
// http/status_mapping.cc and cli/exit_codes.h.
enum class ErrorCode {
  kInvalidArgument,  // the input is wrong; the message says how to fix it
  kNotFound,
  kConflict,         // e.g. a slug already taken
  kUnauthorized,     // no valid session
  kForbidden,        // session valid, permission missing (or bad CSRF token)
  kTooLarge,
  kRateLimited,
  kUnavailable,      // a dependency is down; retrying later may work
  kInternal,
};

struct Error {
  ErrorCode code = ErrorCode::kInternal;
  std::string message;
  std::string field;  // form field the error concerns, or empty
  // Further problems found in the same request (a form with several wrong
  // fields): each with its own field and message. This error is the first.
  std::vector<Error> details;

  static Error Make(ErrorCode code, std::string message, std::string field = {}) {
    Error e;
    e.code = code;
    e.message = std::move(message);
    e.field = std::move(field);
    return e;
  }
  static Error InvalidArgument(std::string message, std::string field = {}) {
    return Make(ErrorCode::kInvalidArgument, std::move(message), std::move(field));
  }
  static Error NotFound(std::string message) { return Make(ErrorCode::kNotFound, std::move(message)); }
  static Error Conflict(std::string message, std::string field = {}) {
    return Make(ErrorCode::kConflict, std::move(message), std::move(field));
  }
  static Error Unauthorized(std::string message) { return Make(ErrorCode::kUnauthorized, std::move(message)); }
  static Error Forbidden(std::string message) { return Make(ErrorCode::kForbidden, std::move(message)); }
  static Error TooLarge(std::string message, std::string field = {}) {
    return Make(ErrorCode::kTooLarge, std::move(message), std::move(field));
  }
  static Error RateLimited(std::string message) { return Make(ErrorCode::kRateLimited, std::move(message)); }
  static Error Unavailable(std::string message) { return Make(ErrorCode::kUnavailable, std::move(message)); }
  static Error Internal(std::string message) { return Make(ErrorCode::kInternal, std::move(message)); }
  // Several problems found at once, as one error: the first, with the rest as
  // its details. REQUIRES: !problems.empty().
  static Error FirstOf(std::vector<Error> problems) {
    Error first = std::move(problems.front());
    first.details.assign(std::make_move_iterator(problems.begin() + 1), std::make_move_iterator(problems.end()));
    return first;
  }
};

// A stable lower-case name for the code ("invalid_argument", "not_found", ...),
// used in JSON error bodies and logs.
std::string_view ErrorCodeName(ErrorCode code);

}  // namespace rapport
