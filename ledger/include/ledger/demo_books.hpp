// The demo books: a full, deterministic fiscal year 2025 for both
// associations (AT and RES), built from the facts of the 2025 activity
// report. Used by `make demo`, the GUI's sample file and the end-to-end
// tests; the activity report's shares come out of these entries through the
// category grouping (reports/data/activity_categories.csv), never stored.
#pragma once

#include "ledger/book.hpp"
#include "ledger/grant_store.hpp"

namespace comptoir {

// The domain stores the demo records its agreements and tranches in, so
// that they go through the same desks as the commands.
struct DemoStores {
  GrantStore& grants;
};

// Adds the funders, communes, suppliers and cafés as auxiliary accounts,
// records the grant agreements in stores.grants (their tranches go through
// GrantDesk), and posts the whole 2025 year of both entities as validated
// entries (each validated on its own entry date), in date order. Call inside a WriteScope
// on a book just set up with Book::initialise(2025) and nothing else.
// Deterministic: two builds give identical books and chain hashes. Throws
// what Book::post throws (a bug in the demo if it ever does).
void build_demo_books(Book& book, const DemoStores& stores);

}  // namespace comptoir
