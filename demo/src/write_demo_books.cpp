// The demo books over the SQLite store and its domain stores.
#include "demo/write_demo_books.hpp"

#include "core/book.hpp"
#include "core/lettering.hpp"
#include "demo/demo_books.hpp"
#include "store/sqlite_asset_store.hpp"
#include "store/sqlite_cofinancing_store.hpp"
#include "store/sqlite_grant_store.hpp"
#include "store/sqlite_guinguette_store.hpp"
#include "store/sqlite_lettering_store.hpp"

namespace comptoir {

void write_demo_books(SqliteBook& db) {
  Book book(db, db);
  SqliteCofinancingStore cofinancing(db);
  SqliteGuinguetteStore guinguettes(db);
  SqliteGrantStore grants(db);
  SqliteAssetStore assets(db);
  DemoStores stores{cofinancing, guinguettes, grants, assets};
  auto scope = book.begin();
  book.initialise(2024);
  build_demo_books(book, stores);
  // Invoices with their receipts: lettering changes no figure.
  SqliteLetteringStore lettering(db);
  for (const char* entity : {"AT", "RES"}) {
    for (const char* account : {"411000", "401000"}) (void)letter_automatically(db, lettering, entity, account, "");
  }
  scope->commit();
}

}  // namespace comptoir
