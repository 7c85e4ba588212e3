// See progress_bar.hpp.
#include "progress_bar.hpp"

#include <unistd.h>

#include <cstdio>

namespace comptoir::cli {

ProgressBar::ProgressBar(std::string label) : label_(std::move(label)), enabled_(isatty(STDERR_FILENO) == 1) {}

ProgressBar::~ProgressBar() {
  if (enabled_ && last_percent_ >= 0) std::fputs("\n", stderr);
}

void ProgressBar::update(std::size_t done, std::size_t total) {
  if (!enabled_ || total == 0) return;
  const int percent = static_cast<int>(done * 100 / total);
  if (percent == last_percent_) return;
  last_percent_ = percent;
  constexpr int width = 40;
  const int filled = percent * width / 100;
  std::string bar(static_cast<std::size_t>(filled), '#');
  bar.append(static_cast<std::size_t>(width - filled), '.');
  std::fprintf(stderr, "\r%s [%s] %3d%% (%zu/%zu)", label_.c_str(), bar.c_str(), percent, done, total);
  std::fflush(stderr);
}

}  // namespace comptoir::cli

namespace comptoir::cli {

void ProgressBar::count(std::size_t done) {
  if (!enabled_) return;
  last_percent_ = 0;
  std::fprintf(stderr, "\r%s... %zu", label_.c_str(), done);
  std::fflush(stderr);
}

}  // namespace comptoir::cli
