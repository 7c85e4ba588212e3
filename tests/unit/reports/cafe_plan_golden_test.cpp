// Golden outputs of the shipped scenarios: the yearly summary and the
// financing plan as plain text, compared with tests/golden/forecast/*.txt.
// COMPTOIR_UPDATE_GOLDEN=1 rewrites the files (review the diff; refused in CI).
#include <gtest/gtest.h>

#include <algorithm>
#include <chrono>
#include <iostream>

#include "forecast/scenario_toml.hpp"
#include "recording_writer.hpp"
#include "reports/cafe_plan_tables.hpp"
#include "support/golden_file.hpp"
#include "unit/forecast/forecast_test_support.hpp"

namespace comptoir {
namespace {

using forecast::CafePlan;
using forecast::CafePlanScenario;
using forecast::compute_cafe_plan;
using forecast::load_cafe_scenario;
namespace testing = forecast::testing;

std::size_t width_of(const std::string& s) {
  return static_cast<std::size_t>(
      std::count_if(s.begin(), s.end(), [](char c) { return (static_cast<unsigned char>(c) & 0xC0) != 0x80; }));
}

// Fixed-width text with amounts as "-1234.56" in both languages, columns
// as wide as their content, a rule under the headings and above each
// separated row: the plan's figures without the terminal's formatting.
std::string plain_text(const TableData& table) {
  const auto& columns = table.header.columns;
  std::vector<std::vector<std::string>> lines{{}};
  for (const auto& c : columns) lines.front().push_back(c.heading);
  for (const auto& row : table.rows) {
    std::vector<std::string> cells;
    for (const auto& cell : row.cells) {
      const auto* code = std::get_if<Code>(&cell);
      cells.push_back(code != nullptr ? code->label : test::machine_text(cell));
    }
    lines.push_back(cells);
  }
  std::vector<std::size_t> widths(columns.size(), 0);
  for (const auto& line : lines) {
    for (std::size_t c = 0; c < columns.size() && c < line.size(); ++c) {
      widths[c] = std::max(widths[c], width_of(line[c]));
    }
  }
  std::size_t total = 0;
  for (auto w : widths) total += w + 2;
  const std::string rule = std::string(total - 2, '-') + "\n";
  auto text_of = [&](const std::vector<std::string>& cells) {
    std::string out;
    for (std::size_t c = 0; c < columns.size(); ++c) {
      const std::string cell = c < cells.size() ? cells[c] : std::string();
      const std::string fill(widths[c] - width_of(cell), ' ');
      out += (c > 0 ? "  " : "") + (columns[c].align == Align::Right ? fill + cell : cell + fill);
    }
    while (!out.empty() && out.back() == ' ') out.pop_back();
    return out + "\n";
  };
  std::string out = table.header.title + "\n" + text_of(lines.front()) + rule;
  for (std::size_t r = 0; r < table.rows.size(); ++r) {
    if (table.rows[r].separated) out += rule;
    out += text_of(lines[r + 1]);
  }
  return out;
}

std::string rendering(const std::string& scenario, Language language) {
  CafePlan plan = compute_cafe_plan(load_cafe_scenario(testing::scenario_dir() + "/" + scenario + ".toml"));
  const Labels t(language);
  return plain_text(yearly_summary_table(plan, t)) + "\n" + plain_text(financing_plan_table(plan, t));
}

void check_golden(const std::string& scenario, Language language, const std::string& suffix) {
  const std::string actual = rendering(scenario, language);
  test::expect_golden_file(testing::golden_dir() + "/" + scenario + suffix + ".txt", actual);
}

TEST(GoldenScenarios, Entrepreneurial) {
  check_golden("cafe-entrepreneurial", Language::French, "");
}
TEST(GoldenScenarios, Associative) {
  check_golden("cafe-associatif", Language::French, "");
}
TEST(GoldenScenarios, Itinerant) {
  check_golden("cafe-itinerant", Language::French, "");
}
TEST(GoldenScenarios, EntrepreneurialInEnglish) {
  check_golden("cafe-entrepreneurial", Language::English, ".en");
}

TEST(GoldenScenarios, EveryTableRendersForEveryScenario) {
  for (const char* name : {"cafe-entrepreneurial", "cafe-associatif", "cafe-itinerant"}) {
    CafePlan plan = compute_cafe_plan(load_cafe_scenario(testing::scenario_dir() + "/" + name + ".toml"));
    for (const auto& table : cafe_plan_tables(plan, "all", Labels(Language::French))) {
      for (const auto& row : table.rows) {
        EXPECT_EQ(row.cells.size(), table.header.columns.size()) << name << " " << table.key;
      }
    }
    // The cash plan closes on the cash the flows add up to.
    Money cash;
    for (const auto& row : plan.cash) cash += row.net_flow;
    EXPECT_EQ(cash, plan.cash.back().closing) << name;
  }
}

// A 5-year plan must compute well under 5 ms (it reruns on every GUI slider
// move). Measured over 50 runs; the bound is loose for shared CI machines.
TEST(GoldenScenarios, FiveYearPlanIsFast) {
  CafePlanScenario s = load_cafe_scenario(testing::scenario_dir() + "/cafe-entrepreneurial.toml");
  s.years = 5;
  constexpr int runs = 50;
  auto begin = std::chrono::steady_clock::now();
  for (int i = 0; i < runs; ++i) {
    CafePlan plan = compute_cafe_plan(s);
    ASSERT_EQ(plan.months.size(), 60U);
  }
  auto micros =
      std::chrono::duration_cast<std::chrono::microseconds>(std::chrono::steady_clock::now() - begin).count() / runs;
  std::cout << "compute_cafe_plan, 5 years: " << micros << " µs per plan\n";
  EXPECT_LT(micros, 20000);
}

}  // namespace
}  // namespace comptoir
