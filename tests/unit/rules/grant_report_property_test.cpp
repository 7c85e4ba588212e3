// Seeded property test of the compte rendu financier (reproduce a failure
// with RC_PARAMS="seed=N"): for random budgets, tagged postings and
// indirect rates, the lines of each side add up to its totals exactly and
// the indirect charges are the direct charges × the rate within half a
// cent.
#include <gtest/gtest.h>
#include <rapidcheck.h>

#include "grants/grant_budget.hpp"

namespace comptoir {
namespace {

TEST(GrantReportProperty, LinesAddUpToTheTotalsAndIndirectChargesRoundOnce) {
  const bool ok = rc::check("grant report totals", [] {
    const auto& natures = BudgetNatures::standard();
    GrantBudget budget;
    budget.grant = "G";
    const int denominator = *rc::gen::inRange(1, 1000);
    budget.indirect_rate = Rational(*rc::gen::inRange(0, denominator + 1), denominator);
    for (const auto& n : natures.lines()) {
      if (*rc::gen::arbitrary<bool>()) {
        budget.lines.push_back({n.line, Money::from_cents(*rc::gen::inRange<std::int64_t>(0, 100'000'000)), ""});
      }
    }
    std::vector<AccountBalance> tagged;
    const int count = *rc::gen::inRange(0, 30);
    for (int i = 0; i < count; ++i) {
      const std::string account = *rc::gen::element<std::string>(
          "606100", "613200", "625100", "641000", "645100", "657100", "681100", "689400", "706000", "741100", "741300",
          "754200", "789400", "864000", "875000", "512000", "441000");
      tagged.push_back({"RES", account, "", Money::from_cents(*rc::gen::inRange<std::int64_t>(0, 10'000'000)),
                        Money::from_cents(*rc::gen::inRange<std::int64_t>(0, 10'000'000))});
    }
    Grant grant;
    grant.code = "G";
    const Date day = Date::from_ymd(2025, 1, 1);
    const auto r = compute_grant_report(grant, budget, natures, tagged, day, day);
    Money direct_budget, direct_actual, produits_budget, produits_actual;
    for (const auto& l : r.lines) {
      if (l.side == BudgetSide::Charge) {
        direct_budget += l.budget;
        direct_actual += l.actual;
      } else if (l.side == BudgetSide::Produit) {
        produits_budget += l.budget;
        produits_actual += l.actual;
      }
    }
    RC_ASSERT(direct_budget == r.direct_budget);
    RC_ASSERT(direct_actual == r.direct_actual);
    RC_ASSERT(produits_budget == r.produits_budget);
    RC_ASSERT(produits_actual == r.produits_actual);
    RC_ASSERT(r.charges_budget == r.direct_budget + r.indirect_budget);
    RC_ASSERT(r.charges_actual == r.direct_actual + r.indirect_actual);
    const Rational half_cent(1, 200);
    for (const auto& [direct, indirect] :
         {std::pair{r.direct_budget, r.indirect_budget}, std::pair{r.direct_actual, r.indirect_actual}}) {
      const Rational error = indirect.to_rational() - direct.to_rational() * r.indirect_rate;
      RC_ASSERT(error <= half_cent);
      RC_ASSERT(-error <= half_cent);
    }
  });
  EXPECT_TRUE(ok);
}

}  // namespace
}  // namespace comptoir
