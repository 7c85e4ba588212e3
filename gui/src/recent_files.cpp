// See recent_files.hpp.
#include "recent_files.hpp"

#include <QFileInfo>
#include <QSettings>

namespace comptoir::gui {

namespace {

const QString key = QStringLiteral("recent/scenarios");

}  // namespace

QStringList RecentFiles::list() const {
  return QSettings().value(key).toStringList().mid(0, max);
}

void RecentFiles::add(const QString& path) {
  const QString file = QFileInfo(path).absoluteFilePath();
  QStringList files = list();
  files.removeAll(file);
  files.prepend(file);
  QSettings().setValue(key, files.mid(0, max));
}

void RecentFiles::remove(const QString& path) {
  QStringList files = list();
  files.removeAll(QFileInfo(path).absoluteFilePath());
  QSettings().setValue(key, files);
}

void RecentFiles::clear() {
  QSettings().remove(key);
}

}  // namespace comptoir::gui
