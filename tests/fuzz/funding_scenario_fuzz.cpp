// Funding-mix scenarios (TOML): parsed from the fuzzer's bytes as a file of
// a temporary folder holding copies of the shipped scenarios, so that a
// variant's `base = "funding-base.toml"` is read and merged. An accepted
// scenario is written back and read again, and writes the same text (what
// the GUI's Save relies on).
#include <cstdlib>
#include <filesystem>
#include <string>

#include "forecast/scenario_toml.hpp"
#include "fuzz_support.hpp"

namespace fs = std::filesystem;

namespace {

// The folder the input is taken to sit in, removed at exit.
const std::string& scenario_path() {
  static const std::string path = [] {
    std::string dir = (fs::temp_directory_path() / "comptoir-fuzz-XXXXXX").string();
    if (mkdtemp(dir.data()) == nullptr) comptoir::fuzz::finding("cannot create a temporary folder");
    for (const auto& entry : fs::directory_iterator(COMPTOIR_SCENARIO_DIR)) {
      fs::copy_file(entry.path(), fs::path(dir) / entry.path().filename());
    }
    static const std::string removed = dir;
    std::atexit([] {
      std::error_code ignored;
      fs::remove_all(removed, ignored);
    });
    return dir + "/fuzz.toml";
  }();
  return path;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace comptoir;
  const auto text = fuzz::as_text(data, size);
  // A base may name any file: keep the run off the special file systems,
  // whose files can be endless (/proc/kcore) or change between runs.
  for (const char* special : {"/proc", "/sys", "/dev"}) {
    if (text.find(special) != std::string_view::npos) return 0;
  }
  const std::string& path = scenario_path();
  forecast::FundingScenario scenario;
  if (!fuzz::parses([&] { scenario = forecast::parse_funding_scenario(text, path); })) return 0;
  std::string written;
  if (!fuzz::parses([&] { written = forecast::write_funding_scenario(scenario); })) {
    fuzz::finding("an accepted funding scenario cannot be written");
  }
  std::string again;
  if (!fuzz::parses(
          [&] { again = forecast::write_funding_scenario(forecast::parse_funding_scenario(written, path)); })) {
    fuzz::finding("a written funding scenario is refused when read back");
  }
  if (again != written) fuzz::finding("a funding scenario written and read back writes other text");
  return 0;
}
