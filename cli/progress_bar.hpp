// A progress bar on stderr for long imports, drawn only when stderr is a
// terminal (never in pipes, files or tests).
#pragma once

#include <cstddef>
#include <string>

namespace comptoir::cli {

class ProgressBar {
 public:
  explicit ProgressBar(std::string label);
  ~ProgressBar();
  ProgressBar(const ProgressBar&) = delete;
  ProgressBar& operator=(const ProgressBar&) = delete;

  void update(std::size_t done, std::size_t total);
  // When the total is unknown (streamed input): a running count.
  void count(std::size_t done);

 private:
  std::string label_;
  bool enabled_;
  int last_percent_ = -1;
};

}  // namespace comptoir::cli
