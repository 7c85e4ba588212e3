// The scenario files opened or saved last, most recent first, at most
// eight, kept in the user's settings (QSettings of the application's
// organisation and name; tests point QSettings at a folder of their own).
#pragma once

#include <QString>
#include <QStringList>

namespace comptoir::gui {

class RecentFiles {
 public:
  static constexpr int max = 8;

  [[nodiscard]] QStringList list() const;
  // Puts `path` (made absolute) first, dropping an older mention and the ninth.
  void add(const QString& path);
  // Forgets `path` (a file gone since).
  void remove(const QString& path);
  void clear();
};

}  // namespace comptoir::gui
