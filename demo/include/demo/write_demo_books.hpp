// The demo books written into a new SQLite book: what `comptoir demo` and
// the tests over the demo share (the domain stores over the same file, one
// write scope).
#pragma once

#include "store/sqlite_book.hpp"

namespace comptoir {

// Initialises `db` (a new, empty book) for 2025 and writes the demo books
// through build_demo_books with the SQLite co-financing, Guinguette and
// grant stores, then letters the customers and suppliers of both entities
// (411000, 401000: letter_automatically, as `letter --auto`), in one write
// scope: all or nothing.
void write_demo_books(SqliteBook& db);

}  // namespace comptoir
