// Schema version 6: the co-financing tables of version 2 for the books that
// never got them. Version 3 (Guinguette) was released before version 2
// existed, so a book written then is at version 3 without the co-financing
// tables, and every later program skipped migrate_to_v2 for it ("no such
// table: commune"). Never edit once released: a later change is a new
// migration function.
#include "connection.hpp"
#include "migrations.hpp"

namespace comptoir {

void migrate_to_v6(Connection& connection) {
  const bool has_cofinancing = connection.query_int(
                                   "SELECT count(*) FROM sqlite_schema WHERE type = 'table' AND name = "
                                   "'cofinancing_rule'",
                                   "looking for the co-financing tables") != 0;
  if (!has_cofinancing) migrate_to_v2(connection);
}

}  // namespace comptoir
