// The site's signing key: made once, on first start, and kept in the
// database (settings "secret.signing_key") so every node signs alike and
// readers' cookies survive a restart. Never printed or logged.
//
// Thread safety: call at start-up.
#pragma once

#include <string>

#include "core/result.h"
#include "store/store.h"

namespace rapport::cli {

Result<std::string> LoadOrCreateSigningKey(store::Store& store);

}  // namespace rapport::cli
