// Formatting of the results table and of the target verdicts.
#include "result_table.hpp"

#include <fmt/format.h>

#include <optional>
#include <string>

#include "transaction_generator.hpp"

namespace comptoir::bench {
namespace {

constexpr std::size_t label_width = 30, ms_width = 13, mb_width = 6;
constexpr std::uint64_t target_size = 1'000'000;

// 1234567 -> "1,234,567".
std::string grouped(std::uint64_t value) {
  std::string digits = std::to_string(value), out;
  for (std::size_t i = 0; i < digits.size(); ++i) {
    if (i != 0 && (digits.size() - i) % 3 == 0) out += ',';
    out += digits[i];
  }
  return out;
}

std::string milliseconds(double ms) {
  return ms < 100 ? fmt::format("{:.1f}", ms) : grouped(static_cast<std::uint64_t>(ms + 0.5));
}

std::string label_of(Operation op) {
  std::string label(operation_name(op));
  if (op == Operation::GeneralLedger) label.append(" ").append(busy_account);
  if (op == Operation::LedgerBalance || op == Operation::HledgerBalance) label.append(" *");
  return label;
}

void print_row(std::FILE* out, const std::string& label,
               const std::vector<std::pair<std::string, std::string>>& cells) {
  fmt::print(out, "| {:<{}} |", label, label_width);
  for (const auto& [ms, mb] : cells) fmt::print(out, " {:>{}} | {:>{}} |", ms, ms_width, mb, mb_width);
  fmt::print(out, "\n");
}

struct Verdict {
  std::string what, measured, target;
  std::optional<bool> pass;  // empty: cannot tell
};

std::vector<Verdict> verdicts(const SizeResult& r) {
  const Measurement& fec = r.at(Operation::FecImport);
  const Measurement& sqlite = r.at(Operation::SqliteImport);
  const Measurement& balance = r.at(Operation::TrialBalance);
  const Measurement& ledger = r.at(Operation::GeneralLedger);
  auto ms = [](const Measurement& m) { return m.measured ? milliseconds(m.median_ms) + " ms" : m.failure; };
  std::vector<Verdict> v;
  v.push_back({"FEC import time", ms(fec),
               sqlite.measured ? "<= 2 x sqlite3 .import = " + milliseconds(2 * sqlite.median_ms) + " ms"
                               : "<= 2 x sqlite3 .import (" + sqlite.failure + ")",
               fec.measured && sqlite.measured ? std::optional(fec.median_ms <= 2 * sqlite.median_ms)
                                               : (fec.measured ? std::nullopt : std::optional(false))});
  v.push_back({"FEC import peak memory", fec.measured ? fmt::format("{:.1f} MB", fec.peak_mb) : fec.failure, "< 300 MB",
               fec.measured ? std::optional(fec.peak_mb < 300) : std::optional(false)});
  v.push_back({"Trial balance", ms(balance), "< 50 ms",
               balance.measured ? std::optional(balance.median_ms < 50) : std::optional(false)});
  v.push_back({"General ledger of " + std::string(busy_account), ms(ledger), "< 200 ms",
               ledger.measured ? std::optional(ledger.median_ms < 200) : std::optional(false)});
  const Measurement& xlsx = r.at(Operation::LedgerXlsx);
  v.push_back({"General ledger as XLSX", ms(xlsx), "< 60 s",
               xlsx.measured ? std::optional(xlsx.median_ms < 60'000) : std::optional(false)});
  v.push_back({"General ledger as XLSX memory", xlsx.measured ? fmt::format("{:.1f} MB", xlsx.peak_mb) : xlsx.failure,
               "< 500 MB", xlsx.measured ? std::optional(xlsx.peak_mb < 500) : std::optional(false)});
  return v;
}

const SizeResult* target_result(const std::vector<SizeResult>& sizes) {
  const SizeResult* chosen = nullptr;
  for (const auto& s : sizes) {
    if (chosen == nullptr || s.transactions > chosen->transactions) chosen = &s;
  }
  return chosen;
}

}  // namespace

std::string_view operation_name(Operation op) {
  switch (op) {
    case Operation::SqliteImport:
      return "sqlite3 .import CSV (baseline)";
    case Operation::FecImport:
      return "comptoir import fec (AT)";
    case Operation::PostImport:
      return "comptoir post --file (AT+RES)";
    case Operation::TrialBalance:
      return "comptoir balance (trial bal.)";
    case Operation::GeneralLedger:
      return "comptoir ledger";
    case Operation::Verify:
      return "comptoir verify";
    case Operation::Close:
      return "comptoir close (AT 2025)";
    case Operation::BalanceSheet:
      return "report balance-sheet, N-1";
    case Operation::LedgerXlsx:
      return "general ledger as XLSX";
    case Operation::LedgerBalance:
      return "ledger balance";
    case Operation::HledgerBalance:
      return "hledger balance";
  }
  return "?";
}

void print_results(std::FILE* out, const std::vector<SizeResult>& sizes, const TableContext& c) {
  fmt::print(out, "\nComptoir benchmark: median wall time of {} run(s) in ms, peak RSS (max over runs) in MB.\n",
             c.runs);
  fmt::print(out, "Busy account: {} (~2 % of the postings; its general ledger is measured).\n\n", busy_account);
  std::vector<std::pair<std::string, std::string>> head, units, rule, postings, busy;
  for (const auto& s : sizes) {
    head.emplace_back("N = " + grouped(s.transactions), "");
    units.emplace_back("ms", "MB");
    rule.emplace_back(std::string(ms_width - 1, '-') + ":", std::string(mb_width - 1, '-') + ":");
    postings.emplace_back(grouped(s.postings), "");
    busy.emplace_back(grouped(s.busy_postings), "");
  }
  print_row(out, "Operation", head);
  print_row(out, "", units);
  fmt::print(out, "|{}|", std::string(label_width + 2, '-'));
  for (const auto& [ms, mb] : rule) fmt::print(out, " {} | {} |", ms, mb);
  fmt::print(out, "\n");
  for (std::size_t i = 0; i < operation_count; ++i) {
    const auto op = static_cast<Operation>(i);
    std::vector<std::pair<std::string, std::string>> cells;
    for (const auto& s : sizes) {
      const Measurement& m = s.at(op);
      if (m.measured)
        cells.emplace_back(milliseconds(m.median_ms), fmt::format("{:.1f}", m.peak_mb));
      else
        cells.emplace_back(m.failure, "");
    }
    print_row(out, label_of(op), cells);
  }
  print_row(out, "postings (generated)", postings);
  print_row(out, "postings on " + std::string(busy_account), busy);
  fmt::print(out, "\n* ledger/hledger: one run from N = {} on; killed after {} s or above {} MB of RSS.\n",
             grouped(c.external_single_run_from), c.external_timeout_s, c.external_max_rss_mb);
  fmt::print(out,
             "  Peak RSS is ru_maxrss of wait4; Linux counts the harness's own pages until exec, so no\n"
             "  figure reads below the harness's {:.1f} MB.\n",
             c.harness_peak_mb);

  if (const SizeResult* r = target_result(sizes)) {
    if (r->transactions == target_size) {
      fmt::print(out, "\nTargets at N = {} ({} postings):\n", grouped(r->transactions), grouped(r->postings));
    } else {
      fmt::print(out, "\nTargets (defined at N = 1,000,000; indicative only at N = {}):\n", grouped(r->transactions));
    }
    for (const auto& v : verdicts(*r)) {
      fmt::print(out, "  {:<28} {:>14}   {:<36} {}\n", v.what, v.measured, v.target,
                 v.pass ? (*v.pass ? "PASS" : "FAIL") : "n/a");
    }
  }
  std::size_t problems = 0;
  for (const auto& s : sizes) problems += s.problems.size();
  fmt::print(out, "\nOutput checks (trial balance per account vs generated totals, ledger row count): {}\n",
             problems == 0 ? "all right" : fmt::format("{} problem(s)", problems));
  for (const auto& s : sizes) {
    for (const auto& p : s.problems) fmt::print(out, "  WRONG: {}\n", p);
  }
}

bool any_target_failed(const std::vector<SizeResult>& sizes) {
  const SizeResult* r = target_result(sizes);
  if (r == nullptr || r->transactions != target_size) return false;
  for (const auto& v : verdicts(*r)) {
    if (v.pass && !*v.pass) return true;
  }
  return false;
}

}  // namespace comptoir::bench
