// The demo's 2025 bank statements: the bank account 512000 of each
// association seen by its bank. Every 2025 movement of the books reaches
// the bank 0 to 2 days later, except a few of the last days of December,
// still in transit at the year's end (cheques not yet cashed, transfers
// not yet received). Twelve monthly statements per association are written
// as one camt.053 message, read back and imported through the same code as
// `comptoir bank import`, then matched as `bank match --auto` does: the
// reconciliation at 31 December shows a zero difference with those items
// in transit.
#include <filesystem>
#include <fstream>
#include <map>

#include "bank/bank_desk.hpp"
#include "bank/bank_import.hpp"
#include "bank/bank_readers.hpp"
#include "core/error.hpp"
#include "demo_context.hpp"

namespace comptoir {
namespace {

constexpr const char* bank_account = "512000";

// The IBANs are illustrative (FR76 + bank 30003, an invalid key on purpose).
const std::map<std::string, std::string> demo_ibans{{"AT", "FR7630003000300000001000001"},
                                                    {"RES", "FR7630003000300000001000002"}};

void add_statements_of(DemoContext& demo, const std::string& entity, const std::string& dir) {
  BankStore& store = demo.stores().bank;
  const Date first = Date::from_ymd(2025, 1, 1);
  const Date last = Date::from_ymd(2025, 12, 31);
  Money opening;  // the carried balance: the opening entry of 2025 (journal AN)
  std::map<int, std::vector<BankLine>> by_month;
  int n = 0;
  for (const auto& p : store.postings(entity, bank_account, last)) {
    if (p.journal == "AN" || p.date < first) {
      if (p.journal == "AN" && p.date == first) opening += p.amount;
      continue;
    }
    ++n;
    const Date booked = p.date.plus_days(static_cast<int>(p.id % 3));
    // In transit: from 26 December, one movement in two reaches the bank in January.
    if (booked > last || (p.date >= Date::from_ymd(2025, 12, 26) && p.id % 2 == 0)) continue;
    BankLine line;
    line.booking_date = booked;
    line.value_date = booked;
    line.amount = p.amount;
    line.label = p.label + " " + p.piece_ref;
    line.reference = entity + "-" + booked.compact() + "-" + padded(n, 5);
    by_month[booked.year_month()].push_back(std::move(line));
  }
  std::vector<BankStatement> statements;
  Money balance = opening;
  for (unsigned month = 1; month <= 12; ++month) {
    BankStatement s;
    s.from = Date::from_ymd(2025, month, 1);
    s.to = s.from->end_of_month();
    s.statement_ref = entity + "-512000-2025-" + two_digits(static_cast<int>(month));
    s.opening = balance;
    s.lines = by_month[s.from->year_month()];
    balance += s.lines_total();
    s.closing = balance;
    statements.push_back(std::move(s));
  }
  const std::string name = entity + "-512000-2025.xml";
  const std::string xml = write_camt053(statements, entity + "-CAMT053-2025", demo_ibans.at(entity));
  if (!dir.empty()) {
    std::filesystem::create_directories(dir);
    const std::filesystem::path path = std::filesystem::path(dir) / name;
    std::ofstream out(path, std::ios::binary);
    out << xml;
    out.close();
    if (!out) throw Error(ErrorKind::InvalidInput, "cannot write the bank statement file " + path.string());
  }
  const BankFile file = read_bank_file(xml, name, "");
  (void)import_bank_file(file, {entity, bank_account, false, std::nullopt}, store, demo.book().reader());
  BankDesk desk(store, demo.book().reader());
  (void)desk.auto_match(entity, bank_account);
}

}  // namespace

void add_demo_bank_statements(DemoContext& demo, const std::string& dir) {
  add_statements_of(demo, "AT", dir);
  add_statements_of(demo, "RES", dir);
}

}  // namespace comptoir
