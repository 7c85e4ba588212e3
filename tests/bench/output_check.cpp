// Parses the CSV outputs from the right (labels may hold quoted commas,
// amounts never do) and compares them in integer cents.
#include "output_check.hpp"

#include <fstream>
#include <stdexcept>

#include "core/money.hpp"

namespace comptoir::bench {
namespace {

// The last `n` comma-separated fields of `line`, in order; empty if fewer.
std::vector<std::string> last_fields(const std::string& line, std::size_t n) {
  std::vector<std::string> fields(n);
  std::size_t end = line.size();
  for (std::size_t i = n; i-- > 0;) {
    const std::size_t comma = line.rfind(',', end == 0 ? 0 : end - 1);
    if (comma == std::string::npos) return {};
    fields[i] = line.substr(comma + 1, end - comma - 1);
    end = comma;
  }
  return fields;
}

std::int64_t cents(const std::string& text) {
  return Money::parse(text).cents();
}

}  // namespace

std::vector<std::string> check_trial_balance(const std::filesystem::path& csv,
                                             const std::map<std::string, AccountTotals>& expected) {
  std::vector<std::string> problems;
  std::ifstream in(csv);
  std::string line;
  if (!std::getline(in, line) || line.rfind("account,label,debit,credit,balance", 0) != 0) {
    return {"trial balance: unexpected header '" + line + "'"};
  }
  std::map<std::string, AccountTotals> seen;
  while (std::getline(in, line)) {
    if (line.empty()) continue;
    const auto amounts = last_fields(line, 3);
    const std::string account = line.substr(0, line.find(','));
    try {
      if (amounts.empty()) throw std::runtime_error("too few fields");
      seen[account] = AccountTotals{cents(amounts[0]), cents(amounts[1])};
      if (cents(amounts[2]) != cents(amounts[0]) - cents(amounts[1])) {
        problems.push_back("trial balance: " + account + ": balance != debit - credit");
      }
    } catch (const std::exception& e) {
      problems.push_back("trial balance: cannot read '" + line + "': " + e.what());
    }
  }
  for (const auto& [account, totals] : expected) {
    auto it = seen.find(account);
    if (it == seen.end()) {
      problems.push_back("trial balance: account " + account + " is missing");
    } else if (it->second.debit != totals.debit || it->second.credit != totals.credit) {
      problems.push_back("trial balance: " + account + " is " + Money::from_cents(it->second.debit).to_string() + "/" +
                         Money::from_cents(it->second.credit).to_string() + ", expected " +
                         Money::from_cents(totals.debit).to_string() + "/" +
                         Money::from_cents(totals.credit).to_string());
    }
  }
  if (seen.size() != expected.size()) {
    problems.push_back("trial balance: " + std::to_string(seen.size()) + " accounts, expected " +
                       std::to_string(expected.size()));
  }
  return problems;
}

std::vector<std::string> check_ledger_rows(const std::filesystem::path& csv, std::uint64_t expected_rows) {
  std::ifstream in(csv);
  std::string line;
  std::uint64_t rows = 0;
  if (!std::getline(in, line)) return {"general ledger: empty output"};
  while (std::getline(in, line)) {
    if (!line.empty()) ++rows;
  }
  if (rows == expected_rows) return {};
  return {"general ledger: " + std::to_string(rows) + " rows, expected " + std::to_string(expected_rows)};
}

}  // namespace comptoir::bench
