// See process_support.hpp.
#include "e2e/process_support.hpp"

#include <fcntl.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <csignal>
#include <stdexcept>

namespace comptoir::e2e {

Child::Child(const std::filesystem::path& dir, const std::string& name, const std::vector<std::string>& args,
             const StartOptions& options)
    : out_(dir / (name + ".out")), err_(dir / (name + ".err")) {
  // Everything the child needs is made before fork: between fork and exec
  // it may only make system calls (the parent may have threads).
  std::vector<std::string> strings{COMPTOIR_BINARY};
  strings.insert(strings.end(), args.begin(), args.end());
  std::vector<char*> argv;
  for (auto& s : strings) argv.push_back(s.data());
  argv.push_back(nullptr);
  const std::string folder = dir.string();
  const std::string out = out_.string();
  const std::string err = err_.string();
  pid_ = fork();
  if (pid_ < 0) throw std::runtime_error("fork failed");
  if (pid_ == 0) {
    const int out_fd = open(out.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
    const int err_fd = open(err.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
    if (out_fd < 0 || err_fd < 0 || chdir(folder.c_str()) != 0) _exit(126);
    dup2(out_fd, STDOUT_FILENO);
    dup2(err_fd, STDERR_FILENO);
    if (options.file_size_limit) {
      // Set after the output files are open: they may grow past the limit
      // only if comptoir writes that much, and a message is a few lines.
      signal(SIGXFSZ, SIG_IGN);
      const rlimit limit{*options.file_size_limit, *options.file_size_limit};
      if (setrlimit(RLIMIT_FSIZE, &limit) != 0) _exit(126);
    }
    execv(argv[0], argv.data());
    _exit(127);
  }
}

Child::~Child() {
  if (!reaped_) {
    kill();
    (void)wait();
  }
}

void Child::kill() {
  if (!reaped_) ::kill(pid_, SIGKILL);
}

RunResult Child::wait() {
  RunResult result;
  if (!reaped_) {
    int status = 0;
    while (waitpid(pid_, &status, 0) < 0 && errno == EINTR) {
    }
    reaped_ = true;
    signalled_ = WIFSIGNALED(status);
    result.exit_code = signalled_ ? 128 + WTERMSIG(status) : WEXITSTATUS(status);
  }
  result.out = read_file(out_);
  result.err = read_file(err_);
  return result;
}

RunResult run_child(const std::filesystem::path& dir, const std::vector<std::string>& args,
                    const StartOptions& options) {
  Child child(dir, "child", args, options);
  auto result = child.wait();
  EXPECT_TRUE(result.exit_code < 126) << "comptoir did not run or was killed (status " << result.exit_code << ")";
  return result;
}

}  // namespace comptoir::e2e
