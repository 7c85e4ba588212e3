// Automatic matching on crafted cases: the amount and the window decide,
// labels break ties, remittances group, ambiguity is left to a person.
#include "bank/bank_matching.hpp"

#include <gtest/gtest.h>

namespace comptoir {
namespace {

BankLine line(std::int64_t id, const char* date, const char* amount, std::string label = "", std::string ref = "") {
  BankLine l;
  l.id = id;
  l.booking_date = Date::parse(date);
  l.amount = Money::parse(amount);
  l.label = std::move(label);
  l.reference = ref.empty() ? "R" + std::to_string(id) : std::move(ref);
  return l;
}

BankBookPosting posting(std::int64_t id, const char* date, const char* amount, std::string label = "",
                        std::string piece = "") {
  BankBookPosting p;
  p.id = id;
  p.date = Date::parse(date);
  p.amount = Money::parse(amount);
  p.label = std::move(label);
  p.piece_ref = std::move(piece);
  return p;
}

using Pairs = std::vector<std::pair<std::vector<std::int64_t>, std::vector<std::int64_t>>>;

Pairs pairs_of(const std::vector<BankMatch>& matches) {
  Pairs out;
  for (const auto& m : matches) out.emplace_back(m.lines, m.postings);
  std::sort(out.begin(), out.end());
  return out;
}

TEST(BankMatching, SameAmountWithinTheWindow) {
  const auto m = propose_bank_matches({line(1, "2025-03-10", "-100.00"), line(2, "2025-03-20", "-50.00")},
                                      {posting(11, "2025-03-06", "-100.00"), posting(12, "2025-03-10", "-50.00")});
  // 2 and 12 are 10 days apart: outside the default 5.
  EXPECT_EQ(pairs_of(m), (Pairs{{{1}, {11}}}));
  BankMatchingOptions wide;
  wide.window_days = 10;
  EXPECT_EQ(
      pairs_of(propose_bank_matches({line(2, "2025-03-20", "-50.00")}, {posting(12, "2025-03-10", "-50.00")}, wide)),
      (Pairs{{{2}, {12}}}));
}

TEST(BankMatching, LabelsBreakTiesBeforeDates) {
  // Two rents of the same amount: the closer date would cross them, the
  // piece reference in the bank's label pairs them right.
  const auto m = propose_bank_matches({line(1, "2025-03-03", "-1440.00", "PRLV SCI TILLEULS F-LOYER-03"),
                                       line(2, "2025-03-04", "-1440.00", "PRLV GARAGE MARTIN F-GAR-03")},
                                      {posting(11, "2025-03-04", "-1440.00", "Loyer mars", "F-LOYER-03"),
                                       posting(12, "2025-03-03", "-1440.00", "Garage mars", "F-GAR-03")});
  EXPECT_EQ(pairs_of(m), (Pairs{{{1}, {11}}, {{2}, {12}}}));
}

TEST(BankMatching, WithoutWordsTheClosestDatesPair) {
  const auto m = propose_bank_matches({line(1, "2025-03-01", "20.00"), line(2, "2025-03-05", "20.00")},
                                      {posting(11, "2025-03-05", "20.00"), posting(12, "2025-03-02", "20.00")});
  EXPECT_EQ(pairs_of(m), (Pairs{{{1}, {12}}, {{2}, {11}}}));
}

TEST(BankMatching, OneLineForARemittanceOfSeveralPostings) {
  const auto m = propose_bank_matches({line(1, "2025-06-16", "350.00", "REMISE CHEQUES 0001234")},
                                      {posting(11, "2025-06-14", "120.00"), posting(12, "2025-06-14", "200.00"),
                                       posting(13, "2025-06-15", "30.00"), posting(14, "2025-06-15", "-30.00")});
  EXPECT_EQ(pairs_of(m), (Pairs{{{1}, {11, 12, 13}}}));
}

TEST(BankMatching, SeveralLinesForOnePosting) {
  const auto m = propose_bank_matches({line(1, "2025-07-01", "-60.00"), line(2, "2025-07-02", "-40.00")},
                                      {posting(11, "2025-07-01", "-100.00", "Carte carburant juin")});
  EXPECT_EQ(pairs_of(m), (Pairs{{{1, 2}, {11}}}));
}

TEST(BankMatching, TwoPossibleSetsAreLeftForAPerson) {
  // 100 = 60 + 40 = 70 + 30: which cheques are in the remittance is not known.
  const auto m = propose_bank_matches({line(1, "2025-06-16", "100.00")},
                                      {posting(11, "2025-06-15", "60.00"), posting(12, "2025-06-15", "40.00"),
                                       posting(13, "2025-06-15", "70.00"), posting(14, "2025-06-15", "30.00")});
  EXPECT_TRUE(m.empty());
}

TEST(BankMatching, OneToOneComesBeforeGroups) {
  const auto m = propose_bank_matches(
      {line(1, "2025-06-16", "100.00"), line(2, "2025-06-16", "100.00")},
      {posting(11, "2025-06-15", "100.00"), posting(12, "2025-06-15", "60.00"), posting(13, "2025-06-15", "40.00")});
  EXPECT_EQ(pairs_of(m), (Pairs{{{1}, {11}}, {{2}, {12, 13}}}));
}

TEST(BankMatching, SignsNeverMix) {
  const auto m = propose_bank_matches({line(1, "2025-06-16", "-100.00")}, {posting(11, "2025-06-16", "100.00")});
  EXPECT_TRUE(m.empty());
}

TEST(BankMatching, SimilarityCountsSharedWordsAndThePiece) {
  EXPECT_EQ(bank_label_similarity(line(1, "2025-01-01", "1", "VIR COMMUNE DE VILLERS"),
                                  posting(1, "2025-01-01", "1", "Commune de Villers")),
            2);
  EXPECT_GE(bank_label_similarity(line(1, "2025-01-01", "1", "FAC AT-F-2025-014"),
                                  posting(1, "2025-01-01", "1", "x", "AT-F-2025-014")),
            10);
}

}  // namespace
}  // namespace comptoir
