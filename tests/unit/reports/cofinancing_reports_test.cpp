// The co-financing listings over an in-memory store: typed cells (dates,
// yes/no, codes with their labels), the CSV keys other tools rely on, the
// split order and the headroom the commune's prestations leave.
#include "reports/cofinancing_reports.hpp"

#include <gtest/gtest.h>

#include <map>

#include "core/error.hpp"
#include "unit/reports/recording_writer.hpp"

namespace comptoir {
namespace {

using test::RecordingWriter;

// The co-financing port over vectors; splits are set by hand.
class MemoryCofinancingStore final : public CofinancingStore {
 public:
  std::vector<CofinancingRule> cofinancing_rules() const override { return rules; }
  void add_cofinancing_rule(const CofinancingRule& rule) override { rules.push_back(rule); }
  void end_cofinancing_rule(const std::string&, Date) override {}
  std::vector<Commune> communes() const override { return commune_list; }
  std::optional<Commune> commune(const std::string& code) const override {
    for (const auto& c : commune_list) {
      if (c.code == code) return c;
    }
    return std::nullopt;
  }
  void add_commune(const Commune& c) override { commune_list.push_back(c); }
  void set_commune_flag(const std::string&, const std::string&, bool) override {}
  std::int64_t add_prestation(const Prestation& p) override {
    prestation_list.push_back(p);
    prestation_list.back().id = static_cast<std::int64_t>(prestation_list.size());
    return prestation_list.back().id;
  }
  std::vector<Prestation> prestations(const std::string& code) const override {
    std::vector<Prestation> out;
    for (const auto& p : prestation_list) {
      if (code.empty() || p.commune == code) out.push_back(p);
    }
    return out;
  }
  std::optional<Prestation> prestation(std::int64_t id) const override {
    for (const auto& p : prestation_list) {
      if (p.id == id) return p;
    }
    return std::nullopt;
  }
  void set_prestation_status(std::int64_t, PrestationStatus) override {}
  CofinancingSplit split(std::int64_t id) const override {
    const auto found = splits.find(id);
    return found == splits.end() ? CofinancingSplit{} : found->second;
  }
  void save_split(std::int64_t id, const CofinancingSplit& s) override { splits[id] = s; }

  std::vector<CofinancingRule> rules;
  std::vector<Commune> commune_list;
  std::vector<Prestation> prestation_list;
  std::map<std::int64_t, CofinancingSplit> splits;
};

CofinancingRule rule(std::string code, std::string rate, std::string cap, std::string flag, int priority) {
  CofinancingRule r;
  r.code = code;
  r.funder = "F-" + code;
  r.funder_name = "Fonds " + code;
  r.rate = parse_rational(rate);
  r.cap = Money::parse(cap);
  r.valid_from = Date::parse("2025-01-01");
  r.eligibility_flag = std::move(flag);
  r.priority = priority;
  return r;
}

Prestation prestation(std::string commune, PrestationType type, std::string price, std::string date) {
  Prestation p;
  p.commune = std::move(commune);
  p.type = type;
  p.price_ht = Money::parse(price);
  p.vat_rate = parse_rational("1/5");
  p.date = Date::parse(date);
  return p;
}

// BDT pays half up to 1,000.00 for flagged communes; REG a quarter, capped
// at 500.00 per commune and year, for every commune.
class CofinancingReports : public ::testing::Test {
 protected:
  void SetUp() override {
    store.rules = {rule("BDT", "1/2", "1000", "villages-d-avenir", 1), rule("REG", "1/4", "500", "", 2)};
    store.rules[1].cap_scope = CofinancingCapScope::PerCommuneYear;
    store.rules[1].valid_to = Date::parse("2025-12-31");
    store.commune_list = {{"COM-A", "Commune A", {"villages-d-avenir", "fonds-commerce-rural"}}, {"COM-B", "B", {}}};
    (void)store.add_prestation(prestation("COM-A", PrestationType::Recruitment, "1500", "2025-11-15"));
    (void)store.add_prestation(prestation("COM-A", PrestationType::Feasibility, "1200", "2025-10-01"));
    store.splits[1] = {{{"BDT", "F-BDT", "Fonds BDT", Money::parse("750"), true},
                        {"", "COM-A", "Commune A", Money::parse("750"), false}}};
    store.splits[2] = {{{"BDT", "F-BDT", "Fonds BDT", Money::parse("600"), false},
                        {"", "COM-A", "Commune A", Money::parse("600"), false}}};
  }
  MemoryCofinancingStore store;
  RecordingWriter out;
  Labels fr{Language::French};
  Labels en{Language::English};
};

TEST_F(CofinancingReports, RulesKeepTheirCsvContract) {
  write_cofinancing_rules(store, fr, out);
  const auto& t = out.table();
  EXPECT_EQ(t.header.title, "Règles de cofinancement");
  EXPECT_EQ(t.keys(), (std::vector<std::string>{"code", "funder", "funder_name", "rate", "cap", "scope", "base",
                                                "valid_from", "valid_to", "flag", "priority"}));
  ASSERT_EQ(t.rows.size(), 2U);
  EXPECT_EQ(t.cell<std::string>(0, "rate"), "50.00 %");
  EXPECT_EQ(t.cell<Money>(0, "cap"), Money::parse("1000"));
  EXPECT_EQ(t.cell<Date>(0, "valid_from"), Date::parse("2025-01-01"));
  EXPECT_TRUE(std::holds_alternative<std::monostate>(t.rows[0][t.column("valid_to")]));
  EXPECT_EQ(t.cell<Date>(1, "valid_to"), Date::parse("2025-12-31"));
  EXPECT_EQ(t.cell<std::string>(1, "scope"), "commune-year");
  EXPECT_EQ(t.cell<std::int64_t>(1, "priority"), 2);
  EXPECT_TRUE(t.ended);
}

TEST_F(CofinancingReports, HeadroomIsWhatTheCommunesPrestationsLeave) {
  write_cofinancing_headroom(store, "COM-A", 2025, en, out);
  const auto& t = out.table();
  EXPECT_EQ(t.header.title, "Co-financing headroom - COM-A");
  ASSERT_EQ(t.rows.size(), 2U);
  // Date order: 600.00 then the 400.00 left of BDT's cap; REG a quarter of each up to 500.00.
  EXPECT_TRUE(t.cell<bool>(0, "eligible"));
  EXPECT_EQ(t.cell<Money>(0, "used"), Money::parse("1000"));
  EXPECT_EQ(t.cell<Money>(0, "headroom"), Money{});
  EXPECT_EQ(t.cell<Money>(1, "used"), Money::parse("500"));
  EXPECT_EQ(t.cell<Money>(1, "headroom"), Money{});
}

TEST_F(CofinancingReports, HeadroomOfAnIneligibleCommuneIsZero) {
  write_cofinancing_headroom(store, "COM-B", 2025, fr, out);
  const auto& t = out.table();
  EXPECT_EQ(t.header.title, "Marge de cofinancement - COM-B");
  EXPECT_FALSE(t.cell<bool>(0, "eligible"));
  EXPECT_EQ(t.cell<Money>(0, "headroom"), Money{});
  EXPECT_TRUE(t.cell<bool>(1, "eligible"));
  EXPECT_EQ(t.cell<Money>(1, "headroom"), Money::parse("500"));
  try {
    write_cofinancing_headroom(store, "COM-X", 2025, fr, out);
    FAIL() << "an unknown commune has no headroom";
  } catch (const Error& e) {
    EXPECT_EQ(e.kind(), ErrorKind::NotFound);
  }
}

TEST_F(CofinancingReports, CommunesWithTheirFlags) {
  write_communes(store, "", fr, out);
  write_communes(store, "COM-A", en, out);
  ASSERT_EQ(out.tables.size(), 2U);
  EXPECT_EQ(out.tables[0].keys(), (std::vector<std::string>{"code", "name", "flags"}));
  EXPECT_EQ(out.tables[0].rows.size(), 2U);
  EXPECT_EQ(out.tables[0].header.columns[2].heading, "Labels");
  EXPECT_EQ(out.tables[1].header.columns[2].heading, "Flags");
  ASSERT_EQ(out.tables[1].rows.size(), 1U);
  EXPECT_EQ(out.tables[1].cell<std::string>(0, "flags"), "fonds-commerce-rural,villages-d-avenir");
  EXPECT_THROW(write_communes(store, "COM-X", fr, out), Error);
}

TEST_F(CofinancingReports, PrestationsInDateOrderWithTypedCells) {
  EXPECT_TRUE(write_prestations(store, "COM-A", fr, out));  // BDT's cap is reached on prestation 1
  const auto& t = out.table();
  EXPECT_EQ(t.keys(), (std::vector<std::string>{"id", "commune", "type", "date", "status", "price_ht", "payer",
                                                "payer_name", "share_ht", "cap_reached"}));
  ASSERT_EQ(t.rows.size(), 4U);
  EXPECT_EQ(t.cell<std::int64_t>(0, "id"), 2);  // 2025-10-01 before 2025-11-15
  EXPECT_EQ(t.cell<Date>(0, "date"), Date::parse("2025-10-01"));
  EXPECT_EQ(t.cell<Code>(0, "type").code, "feasibility");
  EXPECT_EQ(t.cell<Code>(0, "type").label, "étude de faisabilité");
  EXPECT_EQ(t.cell<Code>(0, "status").code, "quoted");
  EXPECT_EQ(t.cell<Code>(0, "status").label, "devis");
  EXPECT_EQ(t.cell<Code>(1, "payer").code, "COM-A");
  EXPECT_EQ(t.cell<Code>(1, "payer").label, "commune");
  EXPECT_EQ(t.cell<Code>(2, "payer").label, "F-BDT*");
  EXPECT_TRUE(t.cell<bool>(2, "cap_reached"));
  EXPECT_FALSE(t.cell<bool>(3, "cap_reached"));
  EXPECT_EQ(t.cell<Money>(2, "share_ht"), Money::parse("750"));
}

TEST_F(CofinancingReports, OnePrestation) {
  EXPECT_FALSE(write_prestation(store, 2, en, out));
  const auto& t = out.table();
  EXPECT_EQ(t.header.title, "Prestations and co-financing");
  ASSERT_EQ(t.rows.size(), 2U);
  EXPECT_EQ(t.cell<Code>(0, "type").label, "feasibility study");
  EXPECT_EQ(t.cell<Code>(0, "payer").label, "F-BDT");
  EXPECT_THROW((void)write_prestation(store, 9, en, out), Error);
}

}  // namespace
}  // namespace comptoir
