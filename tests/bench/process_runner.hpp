// Runs a real program as a child process and measures it: wall time (steady
// clock, from spawn to reaping) and peak resident memory (ru_maxrss of
// wait4). A time and memory limit protect the shared machine from runaway
// external tools.
#pragma once

#include <chrono>
#include <cstdint>
#include <filesystem>
#include <string>
#include <vector>

namespace comptoir::bench {

struct RunLimits {
  std::chrono::seconds timeout{0};  // 0: none
  std::int64_t max_rss_mb = 0;      // 0: none; checked every 100 ms through /proc
};

struct RunResult {
  double wall_ms = 0;
  double peak_mb = 0;  // ru_maxrss of the child, in MiB
  int exit_code = 0;   // 128 + signal when killed
  bool timed_out = false;
  bool over_memory = false;

  [[nodiscard]] bool ok() const { return exit_code == 0 && !timed_out && !over_memory; }
};

// Runs argv[0] (searched in PATH) with stdout to `stdout_path` and stderr to
// `stderr_path`. Throws std::runtime_error if the program cannot be started.
[[nodiscard]] RunResult run_process(const std::vector<std::string>& argv, const std::filesystem::path& stdout_path,
                                    const std::filesystem::path& stderr_path, const RunLimits& limits = {});

// True when `name` is an executable file in PATH (or a path to one).
[[nodiscard]] bool program_exists(const std::string& name);

}  // namespace comptoir::bench
