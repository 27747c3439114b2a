// Exit codes of the `rapport` command, from an Error.
//   0 success, 1 internal error, 2 bad usage or input, 3 the database schema
//   needs `rapport migrate`, 4 a dependency (database, port) is unavailable.
//
// Thread safety: pure functions.
#pragma once

#include "core/error.h"

namespace rapport::cli {

inline constexpr int kExitSchemaOutdated = 3;

inline int ExitCodeFor(const Error& error) {
  switch (error.code) {
    case ErrorCode::kInvalidArgument:
    case ErrorCode::kNotFound:
    case ErrorCode::kConflict:
    case ErrorCode::kTooLarge:
    case ErrorCode::kUnauthorized:
    case ErrorCode::kForbidden:
    case ErrorCode::kRateLimited:
      return 2;
    case ErrorCode::kUnavailable:
      return 4;
    case ErrorCode::kInternal:
      return 1;
  }
  return 1;
}

}  // namespace rapport::cli
