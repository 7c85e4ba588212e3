// What the desktop app's test binaries share: the shared demo book's path
// and hash (the app must leave its bytes as they were), the check of a
// picture the app drew, and a run of the real comptoir-gui binary
// (COMPTOIR_GUI_BINARY, set by tests/CMakeLists.txt).
#pragma once

#include <QCryptographicHash>
#include <QFile>
#include <QImage>
#include <QProcess>
#include <QSet>
#include <QString>
#include <QStringList>
#include <QTest>
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
