// A signed-in staff session. The browser holds a random token; the database
// holds only its hash, so a copy of the database opens no session.
//
// Thread safety: plain values.
#pragma once

#include <cstdint>
#include <string>

#include "core/clock.h"

namespace rapport {

struct Session {
  std::string token_hash;  // hex SHA-256 of the cookie's token
  std::int64_t user_id = 0;
  UnixSeconds created_at = 0;
  UnixSeconds last_seen_at = 0;
  UnixSeconds expires_at = 0;  // absolute end, however active the session is
};

}  // namespace rapport
