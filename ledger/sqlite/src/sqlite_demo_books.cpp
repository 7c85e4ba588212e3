// The demo books over the SQLite store and its domain stores.
#include "ledger/sqlite/sqlite_demo_books.hpp"

#include "ledger/book.hpp"
#include "ledger/demo_books.hpp"
#include "ledger/sqlite/sqlite_cofinancing_store.hpp"
#include "ledger/sqlite/sqlite_grant_store.hpp"
#include "ledger/sqlite/sqlite_guinguette_store.hpp"

namespace comptoir {

void write_demo_books(SqliteBook& db) {
  Book book(db, db);
  SqliteCofinancingStore cofinancing(db);
  SqliteGuinguetteStore guinguettes(db);
  SqliteGrantStore grants(db);
  DemoStores stores{cofinancing, guinguettes, grants};
  auto scope = book.begin();
  book.initialise(2025);
  build_demo_books(book, stores);
  scope->commit();
}

}  // namespace comptoir
