// The options of `comptoir grant ...` (grant.cpp, grant_funds.cpp,
// grant_budget.cpp) and the grant store and desk their listings read.
#pragma once

#include <CLI/CLI.hpp>
#include <memory>
#include <string>

#include "context.hpp"
#include "grants/grant_desk.hpp"
#include "store/sqlite_grant_store.hpp"

namespace comptoir::cli {

struct GrantOptions {
  std::string code, entity, funder, funder_name, purpose, amount, from, to, tag, income_account,
      receivable_account = "441000", conditions;
  bool earmarked = false;
  std::string as_of, date, journal, piece, label, bank = "512000";
  int year = 0;
  std::string file, comment;  // grant budget
  bool replace = false;
};

// The grant store and desk over a book opened for reading.
struct GrantBooks {
  explicit GrantBooks(const Context& ctx) : store(ctx.open_for_read()), grants(*store), book(*store, *store) {}
  std::unique_ptr<SqliteBook> store;
  SqliteGrantStore grants;
  Book book;
  GrantDesk desk{grants, book};
};

// `grant funds`: the dedicated-funds proposal (grant_funds.cpp).
void register_grant_funds(CLI::App& grant, Context& ctx, const std::shared_ptr<GrantOptions>& o);
// `grant budget`: records the budget of an agreement's action (grant_budget.cpp).
void register_grant_budget(CLI::App& grant, Context& ctx, const std::shared_ptr<GrantOptions>& o);

}  // namespace comptoir::cli
