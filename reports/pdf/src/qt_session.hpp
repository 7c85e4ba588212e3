// What drawing a PDF needs from Qt, for the time of the drawing: a
// QGuiApplication (Qt draws text only under one; the command line has
// none) on the offscreen platform, so no display is needed, unless
// QT_QPA_PLATFORM says otherwise; DejaVu Sans loaded from its files, so
// the PDF embeds it whatever the system's fonts; and Qt's notes on the
// platform (no XDG_RUNTIME_DIR on a server) kept off standard error.
#pragma once

#include <QGuiApplication>
#include <QString>
#include <QtGlobal>
#include <memory>
#include <vector>

namespace comptoir {

class QtSession {
 public:
  // Throws Error(Internal) when the font cannot be loaded.
  QtSession();
  ~QtSession();
  QtSession(const QtSession&) = delete;
  QtSession& operator=(const QtSession&) = delete;

  // The family of the loaded font ("DejaVu Sans").
  [[nodiscard]] const QString& family() const { return family_; }

 private:
  QtMessageHandler previous_;
  int argc_ = 1;
  char name_[9] = "comptoir";
  char* argv_[2] = {name_, nullptr};
  std::unique_ptr<QGuiApplication> app_;  // none when the caller has one (the GUI's tests)
  std::vector<int> fonts_;
  QString family_;
};

}  // namespace comptoir
