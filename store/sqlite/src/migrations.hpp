// Schema versions and their migrations. The version lives in
// PRAGMA user_version; each version N has one function migrate_to_vN that
// takes a book at version N-1 to N. To add version 2: write migrate_to_v2
// (a new file), append it to the list in migrations.cpp, add a test.
#pragma once

#include <cstdint>

namespace comptoir {

class Connection;

// PRAGMA application_id of a Comptoir book: "CMPT".
inline constexpr std::int64_t comptoir_application_id = 0x434D5054;

// The schema version this program writes.
[[nodiscard]] int current_schema_version();

// Brings the book to the current version, all migrations in one
// transaction. Throws Error(Storage) if the book is newer than this program.
void migrate(Connection& connection);

void migrate_to_v1(Connection& connection);
void create_triggers_v1(Connection& connection);
void migrate_to_v3(Connection& connection);  // Guinguette events and till imports
void migrate_to_v2(Connection& connection);
void migrate_to_v4(Connection& connection);   // grant agreements and tranches
void migrate_to_v5(Connection& connection);   // the record of FEC imports
void migrate_to_v6(Connection& connection);   // version 2's tables where version 3 came first
void migrate_to_v7(Connection& connection);   // the fixed-asset register
void migrate_to_v8(Connection& connection);   // the budgets of the grants' actions
void migrate_to_v9(Connection& connection);   // a closed year's links locked in SQL too
void migrate_to_v10(Connection& connection);  // investment subsidies linked to assets
void migrate_to_v11(Connection& connection);  // bank statements, their lines and matches
void migrate_to_v12(Connection& connection);  // closed years' locks, sealed FEC import records
void migrate_to_v13(Connection& connection);  // sealed till import records and bank statements

}  // namespace comptoir
