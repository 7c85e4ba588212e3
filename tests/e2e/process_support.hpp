// The real `comptoir` started as a child process the test controls (fork
// and exec): several at once on one book, killed with SIGKILL at a chosen
// moment, or run under a file-size limit (a full disk without a mount).
#pragma once

#include <sys/types.h>

#include <chrono>
#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "e2e/e2e_support.hpp"

namespace comptoir::e2e {

struct StartOptions {
  // RLIMIT_FSIZE of the child, in bytes: a write past it fails with EFBIG
  // (SIGXFSZ is ignored), as a write to a full disk fails.
  std::optional<std::uint64_t> file_size_limit;
};

// One running comptoir, its standard output and error in files of `dir`
// named after `name`. Destroying a child that still runs kills it.
class Child {
 public:
  Child(const std::filesystem::path& dir, const std::string& name, const std::vector<std::string>& args,
        const StartOptions& options = {});
  ~Child();
  Child(const Child&) = delete;
  Child& operator=(const Child&) = delete;

  [[nodiscard]] pid_t pid() const { return pid_; }
  // Sends SIGKILL (no effect once it was reaped).
  void kill();
  // Waits for it and returns its outcome: exit_code is its exit status, or
  // 128 + the signal that stopped it.
  RunResult wait();
  // Whether a signal stopped it (after wait()).
  [[nodiscard]] bool killed() const { return signalled_; }

 private:
  pid_t pid_ = -1;
  bool reaped_ = false;
  bool signalled_ = false;
  std::filesystem::path out_;
  std::filesystem::path err_;
};

// Runs comptoir to its end as a child (run() in e2e_support goes through a
// shell; this one may carry a file-size limit).
RunResult run_child(const std::filesystem::path& dir, const std::vector<std::string>& args,
                    const StartOptions& options = {});

}  // namespace comptoir::e2e
