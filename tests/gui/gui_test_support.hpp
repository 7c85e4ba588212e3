// What the desktop app's test binaries share: the shared demo book's path
// and hash (the app must leave its bytes as they were), settings (the
// recent files) kept in a folder of the test's, never the user's, both
// held over a test class by GuiSession; the scenario files and a file's
// text; the check of a picture the app drew, and a run of the real
// comptoir-gui binary (COMPTOIR_GUI_BINARY, set by tests/CMakeLists.txt).
#pragma once

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFile>
#include <QImage>
#include <QProcess>
#include <QSet>
#include <QSettings>
#include <QString>
#include <QStringList>
#include <QTest>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>
#include <utility>

#include "support/demo_book.hpp"
#include "support/temp_dir.hpp"

namespace comptoir::test {

inline QString book_path() {
  return QString::fromStdString(shared_demo_book().string());
}

inline QByteArray sha256_of(const QString& path) {
  QFile file(path);
  if (!file.open(QIODevice::ReadOnly)) return {};
  return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

// The shared demo book as a test class found it: check() (from
// cleanupTestCase) fails the test if its bytes changed, the app only reads.
class BookUnchanged {
 public:
  BookUnchanged() : hash_(sha256_of(book_path())) {}
  void check() const {
    QCOMPARE(sha256_of(book_path()), hash_);
    QVERIFY(shared_demo_book_untouched());
  }

 private:
  QByteArray hash_;
};

// QSettings of this process read and write under `folder`.
inline void keep_settings_in(const std::filesystem::path& folder) {
  QCoreApplication::setOrganizationName(QStringLiteral("comptoir-tests"));
  QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, QString::fromStdString(folder.string()));
}

// What a test class of the app holds from initTestCase to cleanupTestCase:
// the shared demo book's bytes as found (check() fails the test if they
// changed) and the settings in a folder of its own, named `settings_label`.
class GuiSession {
 public:
  explicit GuiSession(const std::string& settings_label) : settings_(settings_label) {
    keep_settings_in(settings_.path());
  }
  void check() const { book_.check(); }

 private:
  BookUnchanged book_;
  TempDir settings_;
};

// The scenario file `name` of forecast/scenarios ("funding-base.toml").
inline std::string scenario_file(const std::string& name) {
  return std::string(COMPTOIR_SCENARIO_DIR) + "/" + name;
}

// The bytes of the file at `path` ("" when it cannot be read).
inline std::string read_text(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

// Fails the test unless the picture at `png` loads with `size` and is not
// blank (more than 20 colours on a grid of every `step` pixels).
inline void expect_drawn(const QString& png, QSize size, int step = 7) {
  const QImage image(png);
  QVERIFY2(!image.isNull(), qPrintable(png));
  QCOMPARE(image.size(), size);
  QSet<QRgb> colours;
  for (int y = 0; y < image.height(); y += step) {
    for (int x = 0; x < image.width(); x += step) colours.insert(image.pixel(x, y));
  }
  QVERIFY2(colours.size() > 20, qPrintable(png + QStringLiteral(" looks blank")));
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
