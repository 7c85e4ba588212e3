// comptoir verify: recomputes the hash chains and the running totals,
// checks references and the file's pages; exit 5 naming the first
// transaction that no longer matches, or what is damaged.
#include <iostream>

#include "commands.hpp"
#include "core/error.hpp"
#include "core/hash_chain.hpp"
#include "exit_codes.hpp"

namespace comptoir::cli {

void register_verify(CLI::App& app, Context& ctx) {
  auto* cmd = app.add_subcommand(
      "verify", "Check the integrity of the books: hash chains, numbering, running totals, the file's pages");
  cmd->callback([&ctx] {
    auto store = ctx.open_for_read();
    VerificationReport report = verify_book(*store);
    report.store_problems = store->check_running_totals();
    const std::vector<std::string> dangling = store->check_references();
    const std::vector<std::string> damage = store->check_file();
    const std::size_t totals_problems = report.store_problems.size();
    report.store_problems.insert(report.store_problems.end(), dangling.begin(), dangling.end());
    report.store_problems.insert(report.store_problems.end(), damage.begin(), damage.end());
    for (const auto& e : report.entities) {
      std::cout << e.entity << ": " << e.transactions << " validated transactions, " << e.postings << " postings, "
                << (e.problems.empty() ? "chain intact" : "CHAIN BROKEN");
      if (e.problems.empty() && !e.head_hash.empty()) std::cout << " (head " << e.head_hash.substr(0, 16) << ")";
      std::cout << '\n';
    }
    std::cout << "running totals: " << (totals_problems == 0 ? "match the postings" : "DO NOT MATCH") << '\n';
    std::cout << "references: " << (dangling.empty() ? "every account, journal and entry exists" : "DANGLING") << '\n';
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
