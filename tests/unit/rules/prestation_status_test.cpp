// Prestation statuses move one step at a time; every other move is refused
// with a message naming the current status and the allowed next one.
#include <gtest/gtest.h>

#include <array>

#include "cofinancing/prestation.hpp"
#include "core/error.hpp"

namespace comptoir {
namespace {

constexpr std::array<PrestationStatus, 5> kAll = {PrestationStatus::Quoted, PrestationStatus::Signed,
                                                  PrestationStatus::Delivered, PrestationStatus::Invoiced,
                                                  PrestationStatus::Paid};

TEST(PrestationStatusTransitions, OnlyTheNextStepIsAllowed) {
  int allowed = 0;
  for (std::size_t from = 0; from < kAll.size(); ++from) {
    for (std::size_t to = 0; to < kAll.size(); ++to) {
      const bool next = to == from + 1;
      if (next) {
        EXPECT_NO_THROW(check_prestation_transition(7, kAll[from], kAll[to]));
        ++allowed;
      } else {
        EXPECT_THROW(check_prestation_transition(7, kAll[from], kAll[to]), Error)
            << to_string(kAll[from]) << " -> " << to_string(kAll[to]);
      }
    }
  }
  EXPECT_EQ(allowed, 4);
}

TEST(PrestationStatusTransitions, RefusalSaysWhatIsAllowed) {
  try {
    check_prestation_transition(7, PrestationStatus::Signed, PrestationStatus::Invoiced);
    FAIL() << "signed -> invoiced was accepted";
  } catch (const Error& e) {
    EXPECT_EQ(e.kind(), ErrorKind::InvalidInput);
    EXPECT_NE(std::string(e.what()).find("prestation 7 is signed, it cannot become invoiced (only delivered next"),
              std::string::npos)
        << e.what();
  }
  try {
    check_prestation_transition(7, PrestationStatus::Paid, PrestationStatus::Paid);
    FAIL() << "paid -> paid was accepted";
  } catch (const Error& e) {
    EXPECT_NE(std::string(e.what()).find("paid is final"), std::string::npos) << e.what();
  }
}

}  // namespace
}  // namespace comptoir
