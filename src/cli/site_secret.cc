#include "cli/site_secret.h"

#include "safety/signer.h"

namespace rapport::cli {

Result<std::string> LoadOrCreateSigningKey(store::Store& store) {
  auto stored = store.InitSetting("secret.signing_key", safety::EncodeKey(safety::NewSecretKey()));
  if (!stored) return stored.error();
  auto key = safety::DecodeKey(*stored);
  if (!key) return Error::Internal("The site's signing key in the database is damaged.");
  return *key;
}

}  // namespace rapport::cli
