// The Guinguette summary from typed inputs, figures checked by hand.
#include <gtest/gtest.h>

#include "core/error.hpp"
#include "till/guinguette.hpp"

namespace comptoir {
namespace {

TEST(GuinguetteSummary, EventAndTourLines) {
  const std::vector<GuinguetteEvent> events{{2, Date::from_ymd(2025, 6, 21), "grand-est", "Bar", 50, 1},
                                            {1, Date::from_ymd(2025, 6, 14), "grand-est", "Villers", 200, 3},
                                            {3, Date::from_ymd(2025, 7, 5), "picardie", "Amiens", 0, 0}};
  GuinguetteAmounts amounts;
  amounts.takings[1] = {Money::parse("160.00"), Money::parse("25.55")};
  amounts.takings[2] = {Money::parse("8.33"), Money::parse("1.67")};
  amounts.takings[3] = {Money::parse("100.00"), Money::parse("10.00")};
  amounts.event_purchases[1] = Money::parse("60.00");
  amounts.tour_purchases["grand-est"] = Money::parse("100.00");
  const auto lines = summarise_guinguettes(events, amounts);
  ASSERT_EQ(lines.size(), 5u);
  EXPECT_EQ(lines[0].event->id, 1);
  EXPECT_EQ(lines[0].takings_ttc, Money::parse("185.55"));
  EXPECT_EQ(lines[0].gross_margin, Money::parse("100.00"));
  EXPECT_EQ(*lines[0].takings_per_participant, Money::parse("0.93"));  // 185.55 / 200 = 0.92775
  EXPECT_EQ(lines[1].event->id, 2);
  EXPECT_EQ(*lines[1].takings_per_participant, Money::parse("0.20"));
  const auto& tour = lines[2];
  EXPECT_TRUE(tour.is_tour);
  EXPECT_EQ(tour.events, 2);
  EXPECT_EQ(tour.participants, 250);
  EXPECT_EQ(tour.takings_ht, Money::parse("168.33"));
  EXPECT_EQ(tour.vat, Money::parse("27.22"));
  EXPECT_EQ(tour.purchases, Money::parse("100.00"));
  EXPECT_EQ(tour.gross_margin, Money::parse("68.33"));
  EXPECT_EQ(*tour.takings_per_participant, Money::parse("0.78"));  // 195.55 / 250 = 0.7822
  EXPECT_EQ(lines[3].tour, "picardie");
  EXPECT_FALSE(lines[3].takings_per_participant.has_value());
  EXPECT_TRUE(lines[4].is_tour);
}

TEST(GuinguetteTour, CodesAreSlugs) {
  EXPECT_NO_THROW(check_tour_code("grand-est"));
  EXPECT_THROW(check_tour_code("Grand Est"), Error);
  EXPECT_THROW(check_tour_code(""), Error);
  EXPECT_THROW(check_tour_code("-x"), Error);
  EXPECT_EQ(tour_activity("picardie"), "guinguette-picardie");
}

}  // namespace
}  // namespace comptoir
