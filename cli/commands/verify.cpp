// comptoir verify: recomputes the hash chains and the running totals,
// checks references, closed years' locks, FEC, till and bank import
// records and the file's pages; exit 5 naming the first
// transaction that no longer matches, or what is damaged.
#include <iostream>

#include "commands.hpp"
#include "core/error.hpp"
#include "core/hash_chain.hpp"
#include "exit_codes.hpp"

namespace comptoir::cli {

void register_verify(CLI::App& app, Context& ctx) {
  auto* cmd = app.add_subcommand(
      "verify",
      "Check the integrity of the books: hash chains, numbering, running totals, references, closed years, "
      "FEC, till and bank import records, the file's pages");
  cmd->callback([&ctx] {
    auto store = ctx.open_for_read();
    VerificationReport report = verify_book(*store);
    report.store_problems = store->check_running_totals();
    const std::vector<std::string> dangling = store->check_references();
    const std::vector<std::string> locks = store->check_year_locks();
    const std::vector<std::string> imports = store->check_fec_imports();
    const std::vector<std::string> records = store->check_import_records();
    const std::vector<std::string> damage = store->check_file();
    const std::size_t totals_problems = report.store_problems.size();
    for (const auto* problems : {&dangling, &locks, &imports, &records}) {
      report.store_problems.insert(report.store_problems.end(), problems->begin(), problems->end());
    }
    report.store_problems.insert(report.store_problems.end(), damage.begin(), damage.end());
    for (const auto& e : report.entities) {
      std::cout << e.entity << ": " << e.transactions << " validated transactions, " << e.postings << " postings, "
                << (e.problems.empty() ? "chain intact" : "CHAIN BROKEN");
      if (e.problems.empty() && !e.head_hash.empty()) std::cout << " (head " << e.head_hash.substr(0, 16) << ")";
      std::cout << '\n';
    }
    std::cout << "running totals: " << (totals_problems == 0 ? "match the postings" : "DO NOT MATCH") << '\n';
    std::cout << "references: " << (dangling.empty() ? "every account, journal and entry exists" : "DANGLING") << '\n';
    std::cout << "closed years: " << (locks.empty() ? "as their closing recorded" : "LOCKS CHANGED") << '\n';
    std::cout << "FEC imports: " << (imports.empty() ? "records match their seals" : "RECORDS CHANGED") << '\n';
    std::cout << "till and bank imports: " << (records.empty() ? "records match their seals" : "RECORDS CHANGED")
              << '\n';
    std::cout << "file: " << (damage.empty() ? "sound" : "DAMAGED") << '\n';
    if (report.ok()) return;
    std::string message = "integrity check failed:";
    for (const auto& e : report.entities) {
      for (const auto& p : e.problems) message += "\n  " + p;
    }
    for (const auto& p : report.store_problems) message += "\n  " + p;
    throw Error(ErrorKind::Integrity, message);
  });
}

}  // namespace comptoir::cli
