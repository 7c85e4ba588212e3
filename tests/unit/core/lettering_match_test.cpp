// The matching of open items: each rule, the order the rules are tried in,
// and the ambiguous cases (which of equal candidates wins).
#include <gtest/gtest.h>

#include "core/lettering.hpp"

namespace comptoir {
namespace {

OpenItem item(std::int64_t id, const char* date, std::int64_t cents, std::string piece = "", std::string aux = "C1") {
  return OpenItem{id, std::move(aux), Date::parse(date), std::move(piece), Money::from_cents(cents)};
}

using Groups = std::vector<std::vector<std::int64_t>>;

Groups ids_of(const std::vector<ProposedLettering>& proposals) {
  Groups groups;
  for (const auto& p : proposals) groups.push_back(p.ids);
  return groups;
}

TEST(LetteringMatch, ExactAmountOneToOne) {
  const auto proposals = match_open_items({item(1, "2025-01-10", 12000), item(2, "2025-02-10", -12000)});
  ASSERT_EQ(proposals.size(), 1u);
  EXPECT_EQ(proposals[0].rule, MatchRule::Amount);
  EXPECT_EQ(proposals[0].ids, (std::vector<std::int64_t>{1, 2}));
}

TEST(LetteringMatch, TwoInvoicesOfOneAmountLetterTheOlderWithTheReceipt) {
  const auto proposals =
      match_open_items({item(3, "2025-03-01", 5000), item(1, "2025-01-01", 5000), item(2, "2025-04-01", -5000)});
  EXPECT_EQ(ids_of(proposals), (Groups{{1, 2}}));
}

TEST(LetteringMatch, SameAmountPrefersTheSameReference) {
  const auto proposals = match_open_items(
      {item(1, "2025-01-01", 5000, "F-1"), item(2, "2025-02-01", 5000, "F-2"), item(3, "2025-03-01", -5000, "F-2")});
  EXPECT_EQ(ids_of(proposals), (Groups{{2, 3}}));
}

TEST(LetteringMatch, TwoPairsOfEqualAmountsPairInDateOrder) {
  const auto proposals = match_open_items({item(1, "2025-01-01", 5000), item(2, "2025-02-01", 5000),
                                           item(3, "2025-03-01", -5000), item(4, "2025-04-01", -5000)});
  EXPECT_EQ(ids_of(proposals), (Groups{{1, 3}, {2, 4}}));
}

TEST(LetteringMatch, NeverAcrossAuxiliaryAccounts) {
  const auto proposals =
      match_open_items({item(1, "2025-01-01", 5000, "", "C1"), item(2, "2025-02-01", -5000, "", "C2")});
  EXPECT_TRUE(proposals.empty());
}

TEST(LetteringMatch, SameReferenceSummingToZero) {
  // An invoice paid in two instalments bearing its number.
  const auto proposals = match_open_items({item(1, "2025-01-01", 10000, "F-7"), item(2, "2025-02-01", -4000, "F-7"),
                                           item(3, "2025-03-01", -6000, "F-7"), item(4, "2025-03-02", -6000, "F-8")});
  ASSERT_EQ(proposals.size(), 1u);
  EXPECT_EQ(proposals[0].rule, MatchRule::Reference);
  EXPECT_EQ(proposals[0].ids, (std::vector<std::int64_t>{1, 2, 3}));
}

TEST(LetteringMatch, OneReceiptForSeveralInvoicesTakesTheFewestOldestLines) {
  // 100 = 60 + 40 = 70 + 30: the older pair wins; nothing settles 70 and 30 alone.
  const auto proposals =
      match_open_items({item(1, "2025-01-01", 6000), item(2, "2025-01-02", 4000), item(3, "2025-01-03", 3000),
                        item(4, "2025-01-04", 7000), item(5, "2025-02-01", -10000)});
  ASSERT_EQ(proposals.size(), 1u);
  EXPECT_EQ(proposals[0].rule, MatchRule::Sum);
  EXPECT_EQ(proposals[0].ids, (std::vector<std::int64_t>{1, 2, 5}));
}

TEST(LetteringMatch, SeveralReceiptsForOneInvoice) {
  const auto proposals =
      match_open_items({item(1, "2025-01-01", 9000), item(2, "2025-02-01", -3000), item(3, "2025-03-01", -2500),
                        item(4, "2025-04-01", -3500), item(5, "2025-04-02", -999)});
  ASSERT_EQ(proposals.size(), 1u);
  EXPECT_EQ(proposals[0].ids, (std::vector<std::int64_t>{1, 2, 3, 4}));  // no two receipts make 90
}

TEST(LetteringMatch, TheSearchIsBounded) {
  // A receipt of 5 lines' sum, but only 4 lines per group allowed: no match.
  std::vector<OpenItem> items;
  for (int i = 1; i <= 5; ++i) items.push_back(item(i, "2025-01-01", 1001 * i));
  items.push_back(item(10, "2025-02-01", -(1001 + 2002 + 3003 + 4004 + 5005)));
  items.push_back(item(11, "2025-02-02", 77));
  MatchLimits limits;
  limits.max_lines = 5;
  EXPECT_TRUE(match_open_items(items, limits).empty());
  limits.max_lines = 6;
  ASSERT_EQ(match_open_items(items, limits).size(), 1u);
  limits.max_steps = 3;  // too few steps to find it
  EXPECT_TRUE(match_open_items(items, limits).empty());
}

TEST(LetteringMatch, AnAccountSettledInFullLettersEverything) {
  // 100 + 50 invoiced, a credit note of 30, two receipts of 60: no smaller set settles.
  const auto proposals =
      match_open_items({item(1, "2025-01-01", 10000), item(2, "2025-01-02", 5000), item(3, "2025-01-03", -3000),
                        item(4, "2025-02-01", -6000), item(5, "2025-02-02", -6000)});
  EXPECT_EQ(ids_of(proposals), (Groups{{1, 2, 3, 4, 5}}));
}

TEST(LetteringMatch, ARuleBeforeTheNext) {
  // 50 = 50 first, then 100 = 30 + 70 from what is left.
  const auto proposals =
      match_open_items({item(1, "2025-01-01", 10000), item(2, "2025-01-02", 5000), item(3, "2025-01-03", -3000),
                        item(4, "2025-02-01", -7000), item(5, "2025-02-02", -5000)});
  EXPECT_EQ(ids_of(proposals), (Groups{{2, 5}, {1, 3, 4}}));
}

TEST(LetteringMatch, ZeroLinesAreLeftAlone) {
  EXPECT_TRUE(match_open_items({item(1, "2025-01-01", 0), item(2, "2025-01-02", 0)}).empty());
}

TEST(LetteringCodes, FollowTheFrenchUsage) {
  EXPECT_EQ(next_lettering_code({}), "AA");
  EXPECT_EQ(next_lettering_code({"AA"}), "AB");
  EXPECT_EQ(next_lettering_code({"AZ", "AB"}), "BA");
  EXPECT_EQ(next_lettering_code({"ZZ"}), "AAA");
  EXPECT_EQ(next_lettering_code({"7", "x1"}), "AA");  // codes of another shape (a FEC file) are skipped
  EXPECT_EQ(next_lettering_code({"A"}), "AA");
}

}  // namespace
}  // namespace comptoir
