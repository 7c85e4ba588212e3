// posix_spawn + pidfd poll + wait4: the child is reaped the moment it exits
// (no polling delay in the timings), and a limit check runs only while it
// is still alive.
#include "process_runner.hpp"

#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <spawn.h>
#include <sys/resource.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <sstream>
#include <stdexcept>

extern char** environ;

namespace comptoir::bench {
namespace {

// Resident set of a live process in MiB, from /proc/PID/status (0 if gone).
std::int64_t current_rss_mb(pid_t pid) {
  std::ifstream status("/proc/" + std::to_string(pid) + "/status");
  std::string line;
  while (std::getline(status, line)) {
    if (line.rfind("VmRSS:", 0) == 0) return std::atoll(line.c_str() + 6) / 1024;
  }
  return 0;
}

class SpawnActions {
 public:
  SpawnActions() { posix_spawn_file_actions_init(&actions_); }
  SpawnActions(const SpawnActions&) = delete;
  SpawnActions& operator=(const SpawnActions&) = delete;
  ~SpawnActions() { posix_spawn_file_actions_destroy(&actions_); }

  void redirect(int fd, const std::filesystem::path& path) {
    posix_spawn_file_actions_addopen(&actions_, fd, path.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
  }
  const posix_spawn_file_actions_t* get() const { return &actions_; }

 private:
  posix_spawn_file_actions_t actions_{};
};

// Waits for the child, killing it when a limit is exceeded.
void watch(pid_t pid, const RunLimits& limits, std::chrono::steady_clock::time_point start, RunResult& result) {
  const bool limited = limits.timeout.count() > 0 || limits.max_rss_mb > 0;
  const long pidfd = limited ? syscall(SYS_pidfd_open, pid, 0) : -1;
  if (pidfd < 0) return;  // no limits (or no pidfd): a plain blocking wait4
  pollfd fd{static_cast<int>(pidfd), POLLIN, 0};
  for (;;) {
    const int ready = poll(&fd, 1, 100);
    if (ready > 0 || (ready < 0 && errno != EINTR)) break;  // exited (or cannot watch: just wait)
    if (limits.timeout.count() > 0 && std::chrono::steady_clock::now() - start > limits.timeout) {
      result.timed_out = true;
    } else if (limits.max_rss_mb > 0 && current_rss_mb(pid) > limits.max_rss_mb) {
      result.over_memory = true;
    }
    if (result.timed_out || result.over_memory) {
      kill(pid, SIGKILL);
      break;
    }
  }
  close(static_cast<int>(pidfd));
}

}  // namespace

RunResult run_process(const std::vector<std::string>& argv, const std::filesystem::path& stdout_path,
                      const std::filesystem::path& stderr_path, const RunLimits& limits) {
  std::vector<char*> args;
  for (const auto& a : argv) args.push_back(const_cast<char*>(a.c_str()));
  args.push_back(nullptr);
  SpawnActions actions;
  actions.redirect(STDOUT_FILENO, stdout_path);
  actions.redirect(STDERR_FILENO, stderr_path);

  RunResult result;
  const auto start = std::chrono::steady_clock::now();
  pid_t pid = 0;
  const int error = posix_spawnp(&pid, args[0], actions.get(), nullptr, args.data(), environ);
  if (error != 0) throw std::runtime_error("cannot start " + argv.at(0) + ": " + std::strerror(error));
  watch(pid, limits, start, result);
  int status = 0;
  rusage usage{};
  while (wait4(pid, &status, 0, &usage) < 0) {
    if (errno != EINTR) throw std::runtime_error("wait4 failed for " + argv.at(0));
  }
  const auto end = std::chrono::steady_clock::now();
  result.wall_ms = std::chrono::duration<double, std::milli>(end - start).count();
  result.peak_mb = static_cast<double>(usage.ru_maxrss) / 1024.0;  // ru_maxrss is in KiB on Linux
  result.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
  return result;
}

bool program_exists(const std::string& name) {
  if (name.find('/') != std::string::npos) return access(name.c_str(), X_OK) == 0;
  const char* path = std::getenv("PATH");
  std::stringstream dirs(path == nullptr ? "/usr/bin:/bin" : path);
  std::string dir;
  while (std::getline(dirs, dir, ':')) {
    const std::filesystem::path candidate = std::filesystem::path(dir.empty() ? "." : dir) / name;
    if (access(candidate.c_str(), X_OK) == 0) return true;
  }
  return false;
}

}  // namespace comptoir::bench
