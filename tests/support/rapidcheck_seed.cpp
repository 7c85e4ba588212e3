// Linked into the test binaries that hold RapidCheck properties: every
// property runs with a fixed seed, so a failure in CI reproduces on any
// machine. RapidCheck reads RC_PARAMS on its first check (after static
// initialisation), so setting it here is enough.
//   default                  seed=kFixedSeed
//   RC_PARAMS="seed=N ..."   as given (also "reproduce=...")
//   COMPTOIR_RANDOM_SEED=1   a random seed, printed (rerun with RC_PARAMS="seed=N")
#include <cstdlib>
#include <iostream>
#include <random>
#include <string>

namespace {

constexpr unsigned long long kFixedSeed = 20250101;

bool random_seed_asked() {
  const char* asked = std::getenv("COMPTOIR_RANDOM_SEED");
  return asked != nullptr && std::string(asked) == "1";
}

[[maybe_unused]] const bool seeded = [] {
  const char* given = std::getenv("RC_PARAMS");
  std::string params = given != nullptr ? given : "";
  if (params.find("seed=") != std::string::npos || params.find("reproduce=") != std::string::npos) return true;
  unsigned long long seed = kFixedSeed;
  if (random_seed_asked()) {
    std::random_device device;
    seed = (static_cast<unsigned long long>(device()) << 32) | device();
    std::cerr << "COMPTOIR_RANDOM_SEED=1: RapidCheck seed " << seed << " (rerun with RC_PARAMS=\"seed=" << seed
              << "\")\n";
  }
  params += (params.empty() ? "" : " ") + std::string("seed=") + std::to_string(seed);
  setenv("RC_PARAMS", params.c_str(), 1);
  return true;
}();

}  // namespace
