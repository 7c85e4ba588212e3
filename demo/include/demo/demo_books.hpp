// The demo books: a full, deterministic fiscal year 2025 for both
// associations (AT and RES), built from the facts of the 2025 activity
// report, after an illustrative 2024 closed through the real closing. Used by `make demo`, the GUI's sample file and
// the end-to-end tests; the activity report's shares come out of these entries through the category grouping
// (reports/data/activity_categories.csv), never stored.
#pragma once

#include "assets/asset_store.hpp"
#include "bank/bank_store.hpp"
#include "cofinancing/cofinancing_store.hpp"
#include "core/book.hpp"
#include "grants/grant_store.hpp"
#include "till/guinguette_store.hpp"

namespace comptoir {

// The domain stores the demo writes through, beside the book: communes and
// prestations (co-financing), Guinguette events and till imports, grant
// agreements and their tranches, fixed assets, bank statements.
struct DemoStores {
  CofinancingStore& cofinancing;
  GuinguetteStore& guinguettes;
  GrantStore& grants;
  AssetStore& assets;
  BankStore& bank;
};

// Adds the funders, communes, suppliers and cafés as auxiliary accounts,
// posts an illustrative 2024 and closes it (YearClosing), then posts the
// whole 2025 year of both entities as validated entries (each
// validated on its own entry date), in date order, and last the 2025 bank
// statements of both (camt.053, imported and matched; the files are
// written to `bank_statements_dir` when it is given). Prestations, communes
// and Guinguette takings go through the same code as the CLI commands
// (PrestationDesk, import_till_report, GrantDesk) with `stores`. Call inside a
// WriteScope on a book just set up with Book::initialise(2024) and nothing
// else, `stores` over the same file. Deterministic: two builds give
// identical books and chain hashes. Throws what Book::post throws (a bug in
// the demo if it ever does).
void build_demo_books(Book& book, DemoStores& stores, const std::string& bank_statements_dir = "");

}  // namespace comptoir
