// What the desktop app's test binaries share: the shared demo book's path
// and hash (the app must leave its bytes as they were) and a run of the
// real comptoir-gui binary (COMPTOIR_GUI_BINARY, set by tests/CMakeLists.txt).
#pragma once

#include <QCryptographicHash>
#include <QFile>
#include <QProcess>
#include <QString>
#include <QStringList>
#include <utility>

#include "support/demo_book.hpp"

namespace comptoir::test {

inline QString book_path() {
  return QString::fromStdString(shared_demo_book().string());
}

inline QByteArray sha256_of(const QString& path) {
  QFile file(path);
  if (!file.open(QIODevice::ReadOnly)) return {};
  return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

// Runs comptoir-gui with `args`; returns its exit code (-1: did not finish
// within two minutes, -2: crashed) and its standard error.
inline std::pair<int, QString> run_app(const QStringList& args) {
  QProcess app;
  app.start(QStringLiteral(COMPTOIR_GUI_BINARY), args);
  if (!app.waitForFinished(120000)) return {-1, QStringLiteral("did not finish")};
  if (app.exitStatus() != QProcess::NormalExit) return {-2, QStringLiteral("crashed")};
  return {app.exitCode(), QString::fromUtf8(app.readAllStandardError())};
}

}  // namespace comptoir::test
