// What the tests and the benchmark of the Funding mix tab share: waiting
// until a view shows the figures of its latest edit.
#pragma once

#include <QTest>

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

}  // namespace comptoir::test
