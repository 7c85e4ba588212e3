// What the tests and the benchmark of the Funding mix tab share: waiting
// until a view shows the figures of its latest edit, and settings (the
// recent files) kept in a folder of the test's, never the user's.
#pragma once

#include <QCoreApplication>
#include <QSettings>
#include <QString>
#include <QTest>
#include <filesystem>

#include "funding_session.hpp"
#include "funding_view.hpp"

namespace comptoir::test {

// Waits (up to two minutes) until `view` shows the figures of its latest edit.
inline bool settled(const gui::FundingView& view) {
  return QTest::qWaitFor(
      [&] {
        const gui::FundingSession& s = *view.session();
        return s.figures() != nullptr && !s.busy() && s.shown() == s.requested();
      },
      120000);
}

// QSettings of this process read and write under `folder`.
inline void keep_settings_in(const std::filesystem::path& folder) {
  QCoreApplication::setOrganizationName(QStringLiteral("comptoir-tests"));
  QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, QString::fromStdString(folder.string()));
}

}  // namespace comptoir::test
